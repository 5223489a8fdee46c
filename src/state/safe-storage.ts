/*
 * The one door to localStorage. Nothing here throws: storage that is blocked (the getter
 * throws, as with "block all site data"), full, or holding data this app cannot read is
 * reported as a problem that the storage notice shows at once.
 */

/** Prefix of every key Konvert writes; "erase everything" removes them all. */
export const storagePrefix = 'konvert.';

export type StorageProblemKind =
  /** Unreadable saved data was moved aside as a rescued copy; the app started clean. */
  | 'corrupt'
  /** Data from a newer Konvert was moved aside, not downgraded; the app started clean. */
  | 'future'
  /** Unreadable or newer data could not be moved aside (storage full): this tab saves nothing, so it is not overwritten. */
  | 'not-kept'
  /** The browser does not let Konvert store anything. */
  | 'unavailable'
  /** Storage is full: the last change was not saved, typing goes on. */
  | 'full'
  /** Everything was erased from another tab: this tab keeps its letters in memory only until it is reloaded. */
  | 'erased-elsewhere';

export interface StorageProblem {
  key: string;
  kind: StorageProblemKind;
}

// Replaced, never mutated: React compares snapshots by identity.
let problems: readonly StorageProblem[] = [];
const listeners = new Set<() => void>();

export function storageProblems(): readonly StorageProblem[] {
  return problems;
}

export function onStorageProblem(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Adds a problem unless the same one is already the latest (a full disk reports once per change, not per key). */
export function reportProblem(problem: StorageProblem) {
  const last = problems.at(-1);
  if (last?.key === problem.key && last.kind === problem.kind) return;
  problems = [...problems, problem];
  for (const l of listeners) l();
}

/** Forgets reported problems (after "erase everything" they no longer apply). */
export function clearProblems() {
  problems = [];
  for (const l of listeners) l();
}

/** localStorage, or null where the browser blocks it (reading the property itself may throw). */
export function browserStorage(): Storage | null {
  try {
    if (typeof localStorage === 'undefined' || localStorage === null) return null;
    void localStorage.length;
    return localStorage;
  } catch {
    return null;
  }
}

/** Reports blocked storage right away, before the writer types a word. */
export function checkStorageAvailable(): boolean {
  if (browserStorage()) return true;
  reportProblem({ key: storagePrefix, kind: 'unavailable' });
  return false;
}

export function readKey(key: string): string | null {
  try {
    return browserStorage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export type WriteResult = 'written' | 'full' | 'unavailable';

/** Writes one key; a failure is reported (unless `quiet`: the caller says what it means) and returned, never thrown. */
export function writeKey(key: string, value: string, quiet = false): WriteResult {
  const storage = browserStorage();
  if (!storage) {
    if (!quiet) reportProblem({ key, kind: 'unavailable' });
    return 'unavailable';
  }
  try {
    storage.setItem(key, value);
    return 'written';
  } catch (error) {
    const full = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22 || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
    if (!quiet) reportProblem({ key, kind: full ? 'full' : 'unavailable' });
    return full ? 'full' : 'unavailable';
  }
}

export function removeKey(key: string) {
  try {
    browserStorage()?.removeItem(key);
  } catch {
    /* blocked: there is nothing stored to remove */
  }
}

/** Every key Konvert has written, in storage order. */
export function storedKeys(prefix = storagePrefix): string[] {
  const storage = browserStorage();
  if (!storage) return [];
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** Removes every Konvert key from localStorage (the rest of "erase everything" is in erase.ts). */
export function wipeStoredData() {
  for (const key of storedKeys()) removeKey(key);
}
