import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safeStorage, storagePrefix } from './safe-storage.ts';

export interface SettingsState {
  /** When false, the letter lives only in this tab's memory and is gone when it closes. */
  keepDrafts: boolean;
  /** Typing Russian with Latin letters (privet → привет) in the letter editor. */
  latinInput: boolean;
}

interface SettingsActions {
  setKeepDrafts(keep: boolean): void;
  setLatinInput(on: boolean): void;
}

function isSettings(state: unknown): state is SettingsState {
  return typeof state === 'object' && state !== null && typeof (state as SettingsState).keepDrafts === 'boolean';
}

export const useSettingsStore = create<SettingsState & SettingsActions>()(
  persist(
    (set) => ({
      keepDrafts: true,
      latinInput: false,
      setKeepDrafts: (keepDrafts) => set({ keepDrafts }),
      setLatinInput: (latinInput) => set({ latinInput }),
    }),
    {
      name: `${storagePrefix}settings`,
      version: 2,
      storage: safeStorage(isSettings),
      migrate: (persisted) => ({ latinInput: false, ...(persisted as Partial<SettingsState>) }) as SettingsState,
    },
  ),
);
