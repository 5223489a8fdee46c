import { browserStorage, readKey, storedKeys } from '../state/safe-storage.ts';
import { appStartedEvent, firstScreenLanguage, firstScreenPart, handedOverEvent, settingsKey } from './choose.ts';

/*
 * A small classic script, deferred, placed just before the app's entry in index.html
 * (scripts/first-screen.ts): it runs once the page is parsed, before first paint of #root's
 * content and before the app's own code. The build put the first screen, drawn in each
 * language, into <template data-first-screen="ru|en"> elements; this puts the right one into
 * #root, where src/main.tsx lets React adopt it (hydrateRoot) when the app has loaded. A
 * template is inert: without this script nothing of it shows, and the app draws everything
 * itself as before. No markup is built from strings here, so Trusted Types has nothing to check.
 *
 * Until the app has taken over, the drawn screen is plain HTML: radio buttons, the fold-out form
 * and typing work natively. React adopts the elements as they are, but it does not learn what
 * was typed or chosen meanwhile, and would wipe it at its next render (as would a form library
 * when it registers a field). So once the app has taken over every part of the screen, every
 * field the writer changed is handed to it as a fresh change. A button, or a link to another
 * step, needs the app; a press on one is held back (React never sees it, so it cannot run
 * twice) and pressed again once the app is there.
 */
const root = document.getElementById('root');
const templates = [...document.querySelectorAll<HTMLTemplateElement>('template[data-first-screen]')];
const language = firstScreenLanguage({
  hash: location.hash,
  storedKeys: browserStorage() ? storedKeys() : null,
  settings: readKey(settingsKey),
  preferred: navigator.languages ?? [navigator.language],
});
const drawn = templates.find((t) => t.dataset.firstScreen === language);
if (root && drawn && language && !root.firstChild) {
  document.documentElement.lang = language;
  root.append(drawn.content.cloneNode(true));
  const held: HTMLElement[] = [];
  const hold = (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target.closest<HTMLElement>('button, a[href^="#/"]') : null;
    if (!target || !root.contains(target)) return;
    e.preventDefault();
    e.stopPropagation();
    held.push(target);
  };
  // Read as the writer changes them: React, or a form library, may set a field back while it
  // takes over, before it says it has. In the order last changed, so the last comes last.
  const changed = new Map<Field, Change>();
  const note = (e: Event) => {
    if (!isField(e.target) || !root.contains(e.target)) return;
    changed.delete(e.target);
    changed.set(e.target, readChange(e.target));
  };
  document.addEventListener('click', hold, true);
  document.addEventListener('input', note, true);
  document.addEventListener('change', note, true);
  // Each part of the screen that loads on its own (a Suspense boundary) says when React has
  // taken it over (app-started.tsx), from its marker; the writer's changes go to the app once
  // every marker in the page has. Counted in the page as it is then, not as drawn: the app may
  // show another screen than the drawn one (the address changed before it started) or a screen
  // that failed to load, whose message reports too. Counting the drawn markers held every press
  // for good in those cases, "Try again" included.
  const reported = new WeakSet<EventTarget>();
  const started = (e: Event) => {
    if (e.target) reported.add(e.target);
    if ([...root.querySelectorAll(`[${firstScreenPart}]`)].some((marker) => !reported.has(marker))) return;
    document.removeEventListener(appStartedEvent, started);
    document.removeEventListener('click', hold, true);
    document.removeEventListener('input', note, true);
    document.removeEventListener('change', note, true);
    const changes = [...changed.values()].filter(changedByWriter);
    void (async () => {
      for (const change of changes) {
        handOver(change);
        // React applies a change in a microtask of its own, queued by the handler: after it,
        // the next change handler sees this one, and still nothing has been painted.
        await Promise.resolve();
      }
      // After React's own work for those changes, as a press would come.
      setTimeout(() => {
        for (const target of held) if (target.isConnected) target.click();
        document.dispatchEvent(new Event(handedOverEvent));
      });
    })();
  };
  document.addEventListener(appStartedEvent, started);
}
for (const t of templates) t.remove();

type Field = HTMLInputElement | HTMLTextAreaElement;
const isField = (node: unknown): node is Field => node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement;
const isToggle = (field: Field): field is HTMLInputElement => field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox');

interface Change {
  field: Field;
  value: string;
  checked: boolean;
  /** Different from the field as drawn; of a group of radio buttons, the one checked carries the change. */
  changed: boolean;
  /** The caret, in a text field. */
  selection: [number | null, number | null, 'forward' | 'backward' | 'none' | null] | null;
}

function readChange(field: Field): Change {
  if (isToggle(field)) {
    const changed = field.checked !== field.defaultChecked && (field.type === 'checkbox' || field.checked);
    return { field, value: field.value, checked: field.checked, changed, selection: null };
  }
  return { field, value: field.value, checked: false, changed: field.value !== field.defaultValue, selection: [field.selectionStart, field.selectionEnd, field.selectionDirection] };
}

const changedByWriter = (change: Change) => change.changed;

/**
 * Tells React about a field the writer changed before it took over, as if it had just been
 * changed: React notices a change by comparing the field with the value it last saw, so that
 * value is reset first (through the element, which React watches) and the writer's value put
 * back past it (through the prototype, which it does not), then the usual event is sent. The
 * caret stays where it was.
 */
function handOver({ field, value, checked, selection }: Change) {
  if (isToggle(field)) {
    field.checked = !checked;
    // A click puts it back and sends the events a press would.
    field.click();
    return;
  }
  field.value = field.defaultValue;
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set?.call(field, value);
  if (selection && document.activeElement === field) field.setSelectionRange(selection[0], selection[1], selection[2] ?? undefined);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
