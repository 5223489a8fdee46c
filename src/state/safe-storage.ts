import type { PersistStorage, StorageValue } from 'zustand/middleware';

/** Prefix of every key Konvert writes; "wipe everything" removes them all. */
export const storagePrefix = 'konvert.';

export interface StorageProblem {
  key: string;
  kind: 'corrupt' | 'unavailable';
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

function report(problem: StorageProblem) {
  problems = [...problems, problem];
  for (const l of listeners) l();
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * localStorage for zustand's persist that never throws: saved data that cannot be
 * read is moved aside under a ".corrupt" key (so nothing the user wrote is destroyed)
 * and reported, and the store starts fresh; a full or blocked storage is reported too.
 */
export function safeStorage<S>(isValid: (state: unknown) => state is S, shouldPersist: () => boolean = () => true): PersistStorage<S> {
  return {
    getItem(name) {
      const storage = browserStorage();
      const raw = storage?.getItem(name) ?? null;
      if (raw === null) return null;
      try {
        const parsed = JSON.parse(raw) as StorageValue<unknown>;
        if (typeof parsed !== 'object' || parsed === null || !isValid(parsed.state)) throw new Error('invalid');
        return parsed as StorageValue<S>;
      } catch {
        try {
          storage?.setItem(`${name}.corrupt`, raw);
          storage?.removeItem(name);
        } catch {
          /* storage full or blocked: leave the original where it is */
        }
        report({ key: name, kind: 'corrupt' });
        return null;
      }
    },
    setItem(name, value) {
      if (!shouldPersist()) {
        browserStorage()?.removeItem(name);
        return;
      }
      try {
        browserStorage()?.setItem(name, JSON.stringify(value));
      } catch {
        report({ key: name, kind: 'unavailable' });
      }
    },
    removeItem(name) {
      browserStorage()?.removeItem(name);
    },
  };
}

/** Removes everything Konvert has stored on this device. */
export function wipeStoredData() {
  const storage = browserStorage();
  if (!storage) return;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(storagePrefix)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}
