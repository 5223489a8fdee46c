import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safeStorage, storagePrefix } from './safe-storage.ts';
import { useSettingsStore } from './settings-store.ts';

/** The parts of an address typed into separate fields, names in the nominative. */
export interface ManualRecipient {
  surname: string;
  first: string;
  patronymic: string;
  birthYear: string;
  institution: string;
  street: string;
  house: string;
  locality: string;
  district: string;
  region: string;
  index: string;
}

/** Who the letter goes to: a directory entry, an address the user pasted, or one typed field by field. */
export type RecipientChoice =
  | { kind: 'directory'; prisonerId: string }
  | { kind: 'pasted'; addressText: string }
  | { kind: 'manual'; fields: ManualRecipient };

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
  /** What was pasted or typed, kept when the writer picks another way, so no typing is lost. */
  pastedText: string;
  manualFields: ManualRecipient;
  body: string;
  sender: Sender;
  /** The user's own corrections of the declined name, keyed by the nominative. */
  nameCorrections: Record<string, string>;
  /** What the writer typed into template blanks (city, a few words about themselves). */
  blankValues: Record<string, string>;
}

interface DraftActions {
  chooseRecipient(recipient: RecipientChoice | null): void;
  /** Keeps the pasted text and makes it the choice (or drops the choice when emptied). */
  setPastedText(text: string): void;
  setManualFields(fields: ManualRecipient): void;
  setBody(body: string): void;
  setSender(sender: Partial<Sender>): void;
  correctName(nominative: string, corrected: string): void;
  setBlankValue(blank: string, value: string): void;
  reset(): void;
}

const emptyManual: ManualRecipient = { surname: '', first: '', patronymic: '', birthYear: '', institution: '', street: '', house: '', locality: '', district: '', region: '', index: '' };

export const emptyDraft: DraftState = {
  recipient: null,
  pastedText: '',
  manualFields: emptyManual,
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
      setPastedText: (pastedText) => set({ pastedText, recipient: pastedText.trim() ? { kind: 'pasted', addressText: pastedText } : null }),
      setManualFields: (manualFields) =>
        set({ manualFields, recipient: Object.values(manualFields).some((v) => v.trim()) ? { kind: 'manual', fields: manualFields } : null }),
      setBody: (body) => set({ body }),
      setSender: (sender) => set((s) => ({ sender: { ...s.sender, ...sender } })),
      correctName: (nominative, corrected) => set((s) => ({ nameCorrections: { ...s.nameCorrections, [nominative]: corrected } })),
      setBlankValue: (blank, value) => set((s) => ({ blankValues: { ...s.blankValues, [blank]: value } })),
      reset: () => set(emptyDraft),
    }),
    {
      name: draftStorageKey,
      version: 3,
      storage: safeStorage(isDraft, () => useSettingsStore.getState().keepDrafts),
      // Earlier versions lacked some fields (writer gender, blanks, kept inputs): keep everything the writer saved.
      migrate: (persisted) => ({ ...emptyDraft, ...(persisted as Partial<DraftState>), sender: { ...emptyDraft.sender, ...(persisted as Partial<DraftState>).sender } }),
      partialize: ({ recipient, pastedText, manualFields, body, sender, nameCorrections, blankValues }) => ({
        recipient,
        pastedText,
        manualFields,
        body,
        sender,
        nameCorrections,
        blankValues,
      }),
    },
  ),
);
