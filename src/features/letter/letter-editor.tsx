import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { spliceText, typeLatinKey, type Edited } from '../../core/writing/splice.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { limits } from '../../state/model.ts';
import { useSettingsStore } from '../../state/settings-store.ts';
import { liveFindings, pieceStarts } from '../findings/live-findings.ts';
import { takeSelection } from '../findings/pending-selection.ts';
import { EditorMarks, marksUpTo } from './editor-marks.tsx';
import { LetterEndPreview, LetterHeaderPreview } from './letter-additions.tsx';
import { LiveCheck } from './live-check.tsx';
import { useLetterAdditions } from './use-letter-additions.ts';

/** Selects [start, end) in the letter and brings it into view, as "Show in the letter" asks. */
export function selectPassage(textarea: HTMLTextAreaElement | null, backdrop: HTMLDivElement | null, start: number, end: number) {
  if (!textarea) return;
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(start, end);
  // Bring the piece of the marks that holds the passage into view (the backdrop draws the letter piece by piece).
  const index = pieceStarts(textarea.value).filter((s) => s <= start).length - 1;
  const piece = backdrop?.children[index];
  if (piece) {
    piece.scrollIntoView?.({ block: 'center' });
    return;
  }
  // A letter too long for marks has no pieces to measure: scroll the box to the passage's share of
  // the text (close enough to bring the selected words into the box), then the box into the page.
  scrollBoxTo(textarea, start);
  textarea.scrollIntoView?.({ block: 'center' });
}

/** Scrolls the letter box to where `index` falls in its text, by its share of the text's length. */
function scrollBoxTo(textarea: HTMLTextAreaElement, index: number) {
  textarea.scrollTop = (index / Math.max(1, textarea.value.length)) * textarea.scrollHeight - textarea.clientHeight / 2;
}

/** From this length on, a paste is put in by code instead of by the browser's editing (see below). */
export const bigPaste = 10_000;

/**
 * A big paste goes straight into the letter as one new value. Left to the browser, Chromium's
 * editing inserts it line by line and lays the box out again after each: 200,000 characters cost
 * about 4 s before the first frame, against about 1 s for the same text set as the value (one run,
 * scripts/measure-hostile.ts paste). The text is cut at the letter's limit, as maxlength would.
 * A smaller paste keeps the browser's own handling, and with it its undo.
 */
function useBigPaste(textareaRef: RefObject<HTMLTextAreaElement | null>, onEdit: (edit: Edited) => void) {
  useEffect(() => {
    const box = textareaRef.current;
    if (!box) return;
    const onBeforeInput = (e: InputEvent) => {
      if (e.inputType !== 'insertText' && e.inputType !== 'insertFromPaste') return;
      const data = e.data ?? e.dataTransfer?.getData('text/plain') ?? '';
      if (data.length < bigPaste) return;
      e.preventDefault();
      const { value, selectionStart, selectionEnd } = box;
      const room = Math.max(0, limits.body - (value.length - (selectionEnd - selectionStart)));
      const edit = spliceText(value, selectionStart, selectionEnd, data.replace(/\r\n?/g, '\n').slice(0, room));
      onEdit(edit);
      // The browser's paste would bring the cursor into view; a value set by code does not.
      requestAnimationFrame(() => scrollBoxTo(box, edit.caret));
    };
    box.addEventListener('beforeinput', onBeforeInput);
    return () => box.removeEventListener('beforeinput', onBeforeInput);
  }, [textareaRef, onEdit]);
}

interface Props {
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  /** Where the cursor goes once an edit made by code (a phrase, a translit key) is drawn. */
  caretRef: RefObject<number | null>;
  onEdit: (edit: Edited) => void;
}

/**
 * The letter itself, with the live check's marks under the words as they are typed, and
 * optional Latin-letter typing for writers without a Russian keyboard.
 */
export function LetterEditor({ textareaRef, caretRef, onEdit }: Props) {
  const { t, i18n } = useTranslation('screens');
  const { t: tw } = useTranslation('writing');
  const body = useDraftStore((s) => s.body);
  const setBody = useDraftStore((s) => s.setBody);
  const latinInput = useSettingsStore((s) => s.latinInput);
  const setLatinInput = useSettingsStore((s) => s.setLatinInput);
  const lang = i18n.resolvedLanguage === 'ru' ? 'ru' : 'en';
  // Checked in the keystroke's own render, not deferred: the incremental check re-checks one paragraph
  // (about a millisecond in a 20,000-character letter), while deferring it (useDeferredValue) drew
  // the marks one frame later on every key: 27 against 14 ms median in one run (scripts/typing-latency.ts).
  const findings = useMemo(() => liveFindings(body, lang), [body, lang]);
  const additions = useLetterAdditions();
  const backdrop = useRef<HTMLDivElement>(null);
  const id = useId();
  // An input method (IME) composing a character owns the keys until it is done.
  const [composing, setComposing] = useState(false);
  useBigPaste(textareaRef, onEdit);

  // Only this component redraws on a keystroke, so the cursor is placed here after an edit made by code.
  useLayoutEffect(() => {
    const caret = caretRef.current;
    if (caret === null || !textareaRef.current) return;
    textareaRef.current.setSelectionRange(caret, caret);
    caretRef.current = null;
  }, [body, caretRef, textareaRef]);

  useEffect(() => {
    const wanted = takeSelection();
    if (wanted) selectPassage(textareaRef.current, backdrop.current, wanted.start, wanted.end);
  }, [textareaRef]);

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!latinInput || composing || e.ctrlKey || e.metaKey || e.altKey || e.key.length !== 1) return;
    e.preventDefault();
    const el = e.currentTarget;
    onEdit(typeLatinKey(el.value, el.selectionStart, el.selectionEnd, e.key));
  };

  return (
    <div className="field letter-field">
      <label htmlFor={id}>{t('letter.bodyLabel')}</label>
      <label className="checkbox">
        <input type="checkbox" checked={latinInput} onChange={(e) => setLatinInput(e.target.checked)} aria-describedby={`${id}-latin`} />
        {tw('translit.toggle')}
      </label>
      {latinInput ? (
        <p id={`${id}-latin`} className="hint">
          {t('letter.latinHint')}
        </p>
      ) : null}
      <LetterHeaderPreview additions={additions} />
      <div className="editor">
        <EditorMarks text={body} findings={findings} backdropRef={backdrop} />
        <textarea
          id={id}
          ref={textareaRef}
          className="letter-body editor-input"
          lang="ru"
          rows={16}
          spellCheck
          value={body}
          maxLength={limits.body}
          onChange={(e) => setBody(e.target.value)}
          onKeyDown={onKeyDown}
          onScroll={(e) => {
            if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
          }}
          onCompositionStart={() => setComposing(true)}
          onCompositionEnd={() => setComposing(false)}
          aria-describedby={`${id}-count`}
        />
      </div>
      <LetterEndPreview additions={additions} />
      <p id={`${id}-count`} className="hint">
        {t('letter.count', { count: body.length })}
      </p>
      {body.length > marksUpTo && findings.length > 0 ? (
        <p className="hint" role="status">
          {t('letter.marksOff', { count: findings.length, max: marksUpTo.toLocaleString(i18n.language) })}
        </p>
      ) : null}
      {body.length >= limits.body ? (
        <p className="field-error" role="status">
          {t('letter.atLimit', { max: limits.body.toLocaleString(i18n.language) })}
        </p>
      ) : null}
      <LiveCheck body={body} findings={findings} onEdit={onEdit} onShow={(start, end) => selectPassage(textareaRef.current, backdrop.current, start, end)} />
    </div>
  );
}
