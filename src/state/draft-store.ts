import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safeStorage, storagePrefix } from './safe-storage.ts';
import { useSettingsStore } from './settings-store.ts';

/** Who the letter goes to: a directory entry, or an address the user pasted or typed. */
export type RecipientChoice =
  | { kind: 'directory'; prisonerId: string }
  | { kind: 'pasted'; addressText: string };

export interface Sender {
  name: string;
  address: string;
}

export interface DraftState {
  recipient: RecipientChoice | null;
  body: string;
  sender: Sender;
  /** The user's own corrections of the declined name, keyed by the nominative. */
  nameCorrections: Record<string, string>;
}

interface DraftActions {
  chooseRecipient(recipient: RecipientChoice | null): void;
  setBody(body: string): void;
  setSender(sender: Partial<Sender>): void;
  correctName(nominative: string, corrected: string): void;
  reset(): void;
}

export const emptyDraft: DraftState = {
  recipient: null,
  body: '',
  sender: { name: '', address: '' },
  nameCorrections: {},
};

function isDraft(state: unknown): state is DraftState {
  if (typeof state !== 'object' || state === null) return false;
  const s = state as Partial<DraftState>;
  return typeof s.body === 'string' && typeof s.sender === 'object' && s.sender !== null && typeof s.nameCorrections === 'object';
}

export const draftStorageKey = `${storagePrefix}draft`;

export const useDraftStore = create<DraftState & DraftActions>()(
  persist(
    (set) => ({
      ...emptyDraft,
      chooseRecipient: (recipient) => set({ recipient }),
      setBody: (body) => set({ body }),
      setSender: (sender) => set((s) => ({ sender: { ...s.sender, ...sender } })),
      correctName: (nominative, corrected) => set((s) => ({ nameCorrections: { ...s.nameCorrections, [nominative]: corrected } })),
      reset: () => set(emptyDraft),
    }),
    {
      name: draftStorageKey,
      version: 1,
      storage: safeStorage(isDraft, () => useSettingsStore.getState().keepDrafts),
      partialize: ({ recipient, body, sender, nameCorrections }) => ({ recipient, body, sender, nameCorrections }),
    },
  ),
);
