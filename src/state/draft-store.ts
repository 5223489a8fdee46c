import { activeDraft, useLettersStore, type LettersState } from './letters-store.ts';
import { resetPersistence } from './persistence.ts';
import { emptyContent, emptySender, type DraftContent, type LetterDraft, type LetterOptions, type ManualRecipient, type RecipientChoice, type Sender } from './model.ts';

/*
 * The single-draft view the step screens use: the active draft of the letters store
 * (letters-store.ts), with the writer's profile as `sender` and the shared name corrections.
 *
 *   useDraftStore((s) => s.body)                    a field of the active draft
 *   useDraftStore.getState().setBody(text)          edits the active draft
 *   useDraftStore.setState({ body, sender })        the same, for tests
 *
 * Switching drafts (useLettersStore.getState().openDraft(id)) changes what every screen shows.
 * Fields: recipient, pastedText, manualFields, body, blankValues, options (per letter);
 * sender (the writer, shared by all drafts); nameCorrections (shared).
 */

export type { ManualRecipient, RecipientChoice, Sender, LetterOptions };

export interface DraftState extends DraftContent {
  /** The active draft's id. */
  draftId: string;
  sender: Sender;
  nameCorrections: Record<string, string>;
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
  setOptions(options: Partial<LetterOptions>): void;
  /**
   * Starts over in memory: one empty draft, no profile, corrections, history or lists, and no
   * assumption about what storage holds. Storage itself is untouched (tests clear it; the
   * writer uses "erase everything" in privacy.ts).
   */
  reset(): void;
}

export type DraftStore = DraftState & DraftActions;

/** An empty draft and writer, for tests and for screens that compare with "nothing typed". */
export const emptyDraft: Omit<DraftState, 'draftId'> = { ...emptyContent, sender: emptySender, nameCorrections: {} };

const letters = () => useLettersStore.getState();
const editActive = (patch: Partial<DraftContent> | ((d: LetterDraft) => Partial<DraftContent>)) => letters().updateDraft(letters().activeDraftId, patch);

const actions: DraftActions = {
  chooseRecipient: (recipient) => editActive({ recipient }),
  setPastedText: (pastedText) => editActive({ pastedText, recipient: pastedText.trim() ? { kind: 'pasted', addressText: pastedText } : null }),
  setManualFields: (manualFields) => editActive({ manualFields, recipient: Object.values(manualFields).some((v) => v.trim()) ? { kind: 'manual', fields: manualFields } : null }),
  setBody: (body) => editActive({ body }),
  setSender: (sender) => letters().setProfile(sender),
  correctName: (nominative, corrected) => letters().correctName(nominative, corrected),
  setBlankValue: (blank, value) => editActive((d) => ({ blankValues: { ...d.blankValues, [blank]: value } })),
  setOptions: (options) => editActive((d) => ({ options: { ...d.options, ...options } })),
  reset: () => {
    resetPersistence();
    letters().resetAll();
  },
};

// One view object per (draft, profile, corrections): selectors see stable objects and React re-renders only on change.
let cache: { draft: LetterDraft; profile: Sender; corrections: Record<string, string>; view: DraftStore } | null = null;

function view(s: LettersState): DraftStore {
  const draft = activeDraft(s);
  if (cache && cache.draft === draft && cache.profile === s.profile && cache.corrections === s.nameCorrections) return cache.view;
  const { recipient, pastedText, manualFields, body, blankValues, options } = draft;
  const v: DraftStore = { ...actions, draftId: draft.id, recipient, pastedText, manualFields, body, blankValues, options, sender: s.profile, nameCorrections: s.nameCorrections };
  cache = { draft, profile: s.profile, corrections: s.nameCorrections, view: v };
  return v;
}

function setState(partial: Partial<DraftState> | ((s: DraftStore) => Partial<DraftState>)) {
  const patch = typeof partial === 'function' ? partial(view(letters())) : partial;
  const { sender, nameCorrections, draftId, ...content } = patch;
  if (draftId) letters().openDraft(draftId);
  if (Object.keys(content).length) editActive(content);
  if (sender) letters().setProfile(sender);
  if (nameCorrections) useLettersStore.setState({ nameCorrections });
}

/** A hook like zustand's `useStore(selector)`, plus getState / setState / subscribe. */
export const useDraftStore = Object.assign(<U>(selector: (s: DraftStore) => U): U => useLettersStore((s) => selector(view(s))), {
  getState: (): DraftStore => view(letters()),
  setState,
  subscribe: (listener: (s: DraftStore, prev: DraftStore) => void) => useLettersStore.subscribe((s, prev) => listener(view(s), view(prev))),
});
