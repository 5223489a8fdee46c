/*
 * When saving happens: not on every key, but once the writer pauses (or at least every few
 * seconds while they keep typing), in an idle moment; and at once when the page is hidden
 * or closed, so a tab closed right after typing loses nothing.
 */

const pauseMs = 400;
const maxWaitMs = 4000;

const flushers = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | null = null;
let idleHandle: number | null = null;
let firstPendingAt: number | null = null;

/** Registers something to save on each flush; returns a way to unregister it. */
export function onFlush(flusher: () => void): () => void {
  flushers.add(flusher);
  return () => flushers.delete(flusher);
}

function cancel() {
  if (timer !== null) clearTimeout(timer);
  if (idleHandle !== null && typeof cancelIdleCallback === 'function') cancelIdleCallback(idleHandle);
  timer = null;
  idleHandle = null;
  firstPendingAt = null;
}

/** Saves everything that changed, now. */
export function flushStorage() {
  cancel();
  for (const flush of flushers) flush();
}

/** Something changed: save after the writer pauses. */
export function scheduleFlush() {
  const now = Date.now();
  firstPendingAt ??= now;
  if (timer !== null) clearTimeout(timer);
  const wait = Math.max(0, Math.min(pauseMs, firstPendingAt + maxWaitMs - now));
  timer = setTimeout(() => {
    timer = null;
    if (typeof requestIdleCallback === 'function') idleHandle = requestIdleCallback(flushStorage, { timeout: 1000 });
    else flushStorage();
  }, wait);
}

/** True while a change waits to be saved. */
export function flushPending(): boolean {
  return firstPendingAt !== null;
}

if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  window.addEventListener('pagehide', flushStorage);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushStorage();
  });
}
