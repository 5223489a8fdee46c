import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safeStorage, storagePrefix } from './safe-storage.ts';

export interface SettingsState {
  /** When false, the letter lives only in this tab's memory and is gone when it closes. */
  keepDrafts: boolean;
}

interface SettingsActions {
  setKeepDrafts(keep: boolean): void;
}

function isSettings(state: unknown): state is SettingsState {
  return typeof state === 'object' && state !== null && typeof (state as SettingsState).keepDrafts === 'boolean';
}

export const useSettingsStore = create<SettingsState & SettingsActions>()(
  persist(
    (set) => ({
      keepDrafts: true,
      setKeepDrafts: (keepDrafts) => set({ keepDrafts }),
    }),
    { name: `${storagePrefix}settings`, version: 1, storage: safeStorage(isSettings) },
  ),
);
