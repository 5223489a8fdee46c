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
  /** For the words of a template that agree with the writer (рад/рада). */
  gender: 'm' | 'f' | null;
  /** Posting from outside Russia: the envelope gets the RUSSIA / РОССИЯ line. */
  abroad: boolean;
}

export interface DraftState {
  recipient: RecipientChoice | null;
  body: string;
  sender: Sender;
  /** The user's own corrections of the declined name, keyed by the nominative. */
  nameCorrections: Record<string, string>;
  /** What the writer typed into template blanks (city, a few words about themselves). */
  blankValues: Record<string, string>;
}

interface DraftActions {
  chooseRecipient(recipient: RecipientChoice | null): void;
  setBody(body: string): void;
  setSender(sender: Partial<Sender>): void;
  correctName(nominative: string, corrected: string): void;
  setBlankValue(blank: string, value: string): void;
  reset(): void;
}

export const emptyDraft: DraftState = {
  recipient: null,
  body: '',
  sender: { name: '', address: '', gender: null, abroad: false },
  nameCorrections: {},
  blankValues: {},
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
      setBlankValue: (blank, value) => set((s) => ({ blankValues: { ...s.blankValues, [blank]: value } })),
      reset: () => set(emptyDraft),
    }),
    {
      name: draftStorageKey,
      version: 2,
      storage: safeStorage(isDraft, () => useSettingsStore.getState().keepDrafts),
      // Version 1 had no writer gender and no blank values: keep everything else the writer saved.
      migrate: (persisted) => ({ ...emptyDraft, ...(persisted as Partial<DraftState>), sender: { ...emptyDraft.sender, ...(persisted as Partial<DraftState>).sender } }),
      partialize: ({ recipient, body, sender, nameCorrections, blankValues }) => ({ recipient, body, sender, nameCorrections, blankValues }),
    },
  ),
);
