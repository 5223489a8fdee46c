import { flushStorage } from './scheduler.ts';
import { useSettingsStore } from './settings-store.ts';

/*
 * The offline copy of the app: a service worker (scripts/service-worker.ts) that caches this
 * build. It is registered only in the production build and only while the writer keeps data
 * on this device ("keep nothing" removes it, see privacy.ts). A new version waits until no
 * page of the old one is open; meanwhile the app says it is ready, and the writer may switch
 * now: the letter is saved first, then the page reloads into the new version.
 */

let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

export function updateWaiting(): boolean {
  return waiting !== null;
}

export function onUpdateChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function watch(registration: ServiceWorkerRegistration) {
  const check = () => {
    // A waiting worker while a page is controlled is a new version; on the first visit there is none.
    if (registration.waiting && navigator.serviceWorker.controller) {
      waiting = registration.waiting;
      changed();
    }
  };
  check();
  registration.addEventListener('updatefound', () => {
    registration.installing?.addEventListener('statechange', check);
  });
}

export async function registerOfflineCopy(): Promise<void> {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !navigator.serviceWorker) return;
  // Keeping nothing includes the app's own files (another tab may have chosen it before this one opened).
  if (!useSettingsStore.getState().keepDrafts) return removeOfflineCopy();
  try {
    watch(await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }));
  } catch {
    /* no offline copy (private mode, blocked): the app works online as before */
  }
}

/** Saves, lets the new version take over, and reloads into it. */
export function switchToNewVersion() {
  if (!waiting) return;
  flushStorage();
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  waiting.postMessage('skip-waiting');
}

/** Removes the offline copy of the app: its caches and the service worker registration. */
export async function removeOfflineCopy(): Promise<void> {
  const tasks: Promise<unknown>[] = [];
  if (typeof caches !== 'undefined') {
    tasks.push(caches.keys().then((keys) => Promise.all(keys.map((k) => caches.delete(k)))));
  }
  if (typeof navigator !== 'undefined' && navigator.serviceWorker) {
    tasks.push(navigator.serviceWorker.getRegistrations().then((regs) => Promise.all(regs.map((r) => r.unregister()))));
  }
  await Promise.allSettled(tasks);
}
