import { create } from 'zustand';
import {
  cut,
  emptyLetters,
  fitContent,
  fitSender,
  limits,
  newDraft,
  isEmptyDraft,
  prisonerKey,
  type DraftContent,
  type ImportedList,
  type LetterDraft,
  type PrisonerHistory,
  type RecipientChoice,
  type SavedLetters,
  type Sender,
  type WaySent,
} from './model.ts';
import { bindPersistence, loadPersisted } from './persistence.ts';

/*
 * All of the writer's letters, in one store.
 *
 * API for screens (flow: drafts and history UI; batch: lists and "mark all as sent"):
 *   useLettersStore((s) => s.drafts)               every draft, each to its own prisoner
 *   useLettersStore((s) => s.activeDraftId)        the one the step screens edit
 *   useLettersStore((s) => s.profile)              the writer, shared by all drafts
 *   useLettersStore((s) => s.nameCorrections)      declined-name corrections, shared
 *   useLettersStore((s) => s.history)              per prisonerKey: { name, sent: [{date, way, draftId}] }
 *   useLettersStore((s) => s.lists)                imported lists with their rows
 *   actions (useLettersStore.getState().…):
 *     createDraft(content?) → id (and makes it active)   openDraft(id)   deleteDraft(id)
 *     updateDraft(id, patch)                              setProfile(patch)   correctName(nominative, corrected)
 *     markSent([{ key, name, way, date, draftId? }])      unmarkSent(key, date, way)
 *     addList(list)   removeList(id)                      replaceAll(letters, lists)   resetAll()
 *   helpers: prisonerKey({id} | {surname, first, patronymic, birthYear}) in model.ts;
 *            lastSent(history, key) below.
 * The step screens keep using the single-draft facade `useDraftStore` (draft-store.ts), which
 * reads and writes the active draft.
 *
 * Saving: persistence.ts saves after a pause and when the page is hidden; other tabs' changes
 * are merged in; see src/state/privacy.ts for "keep nothing" and "erase everything".
 */

export interface SentEntry {
  /** prisonerKey(...) of the prisoner. */
  key: string;
  /** Their name as the writer knows it, nominative. */
  name: string;
  way: WaySent;
  /** YYYY-MM-DD; today when left out. */
  date?: string;
  draftId?: string | null;
}

export interface LettersState extends SavedLetters {
  lists: ImportedList[];
}

export interface LettersActions {
  createDraft(content?: Partial<DraftContent>): string;
  openDraft(id: string): void;
  deleteDraft(id: string): void;
  updateDraft(id: string, patch: Partial<DraftContent> | ((draft: LetterDraft) => Partial<DraftContent>)): void;
  setProfile(patch: Partial<Sender>): void;
  correctName(nominative: string, corrected: string): void;
  markSent(entries: SentEntry[]): void;
  unmarkSent(key: string, date: string, way: WaySent): void;
  addList(list: ImportedList): void;
  removeList(id: string): void;
  /** Everything at once (a backup import). */
  replaceAll(letters: SavedLetters, lists: ImportedList[]): void;
  /** Back to one empty draft and nothing else (the memory half of "erase everything"). */
  resetAll(): void;
}

export type LettersStore = LettersState & LettersActions;

/** Today in the writer's own calendar, YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** When the writer last sent something to this prisoner, or null. */
export function lastSent(history: Record<string, PrisonerHistory>, key: string): { date: string; way: WaySent } | null {
  const sent = Object.prototype.hasOwnProperty.call(history, key) ? history[key]?.sent : undefined;
  if (!sent?.length) return null;
  return sent.reduce((a, b) => (b.date >= a.date ? b : a));
}

export { isEmptyDraft, prisonerKey };

export const useLettersStore = create<LettersStore>()((set, get) => ({
  ...loadPersisted(),

  createDraft(content = {}) {
    const draft = newDraft(content);
    set((s) => ({ drafts: [...s.drafts, draft], activeDraftId: draft.id }));
    return draft.id;
  },

  openDraft(id) {
    if (get().drafts.some((d) => d.id === id)) set({ activeDraftId: id });
  },

  deleteDraft(id) {
    set((s) => {
      let drafts = s.drafts.filter((d) => d.id !== id);
      if (drafts.length === 0) drafts = [newDraft()];
      const history = Object.fromEntries(
        Object.entries(s.history).map(([k, h]) => [k, h.sent.some((r) => r.draftId === id) ? { ...h, sent: h.sent.map((r) => (r.draftId === id ? { ...r, draftId: null } : r)) } : h]),
      );
      return { drafts, activeDraftId: drafts.some((d) => d.id === s.activeDraftId) ? s.activeDraftId : (drafts.at(-1) as LetterDraft).id, history };
    });
  },

  updateDraft(id, patch) {
    set((s) => ({
      drafts: s.drafts.map((d) => (d.id === id ? { ...d, ...fitContent(typeof patch === 'function' ? patch(d) : patch), updatedAt: new Date().toISOString() } : d)),
    }));
  },

  setProfile(patch) {
    set((s) => ({ profile: { ...s.profile, ...fitSender(patch) } }));
  },

  correctName(nominative, corrected) {
    set((s) => ({ nameCorrections: { ...s.nameCorrections, [cut(nominative, limits.shortText)]: cut(corrected, limits.shortText) } }));
  },

  markSent(entries) {
    if (entries.length === 0) return;
    set((s) => {
      const history = { ...s.history };
      let prisoners = Object.keys(history).length;
      for (const e of entries) {
        const own = Object.prototype.hasOwnProperty.call(history, e.key) ? history[e.key] : undefined;
        const record = { date: e.date ?? today(), way: e.way, draftId: e.draftId ?? null };
        const sent = own?.sent ?? [];
        if (sent.some((r) => r.date === record.date && r.way === record.way && r.draftId === record.draftId)) continue;
        // Within the limits the next load checks: past them the oldest record of a prisoner goes
        // (a thousand letters to one person), and a prisoner past the 50,000th gets no history.
        if (!own && prisoners >= limits.historyEntries) continue;
        if (!own) prisoners += 1;
        const kept = sent.length >= limits.sentPerPrisoner ? sent.slice(sent.length - limits.sentPerPrisoner + 1) : sent;
        Object.defineProperty(history, e.key, { value: { name: cut(e.name, limits.shortText), sent: [...kept, record] }, enumerable: true, writable: true, configurable: true });
      }
      return { history };
    });
  },

  unmarkSent(key, date, way) {
    set((s) => {
      const own = Object.prototype.hasOwnProperty.call(s.history, key) ? s.history[key] : undefined;
      if (!own) return {};
      const sent = own.sent.filter((r) => !(r.date === date && r.way === way));
      const history = { ...s.history };
      if (sent.length) history[key] = { ...own, sent };
      else delete history[key];
      return { history };
    });
  },

  addList(list) {
    set((s) => ({ lists: [...s.lists.filter((l) => l.id !== list.id), list] }));
  },

  removeList(id) {
    set((s) => ({ lists: s.lists.filter((l) => l.id !== id) }));
  },

  replaceAll(letters, lists) {
    set({ ...letters, lists });
  },

  resetAll() {
    set({ ...emptyLetters(), lists: [] });
  },
}));

bindPersistence(useLettersStore);

/** The draft the step screens edit. */
export function activeDraft(s: LettersState): LetterDraft {
  return s.drafts.find((d) => d.id === s.activeDraftId) ?? (s.drafts[0] as LetterDraft);
}

export type { RecipientChoice };
