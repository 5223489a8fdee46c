import { unionHistory } from './merge.ts';
import { decodeLetters, lettersVersion, listsVersion } from './migrate.ts';
import {
  correctionSchema,
  draftSchema,
  historySchema,
  idSchema,
  isEmptyDraft,
  isoTimeSchema,
  limits,
  newId,
  prisonerSchema,
  senderSchema,
  shortTextSchema,
  sourceSchema,
  type ImportedList,
  type LetterDraft,
  type PrisonerHistory,
  type SavedLetters,
  type Sender,
} from './model.ts';
import { array, nullable, object, type Issue, type Schema } from './schema.ts';

/*
 * One JSON file with everything the writer keeps: drafts, profile, name corrections, sent
 * history and imported lists. Reading one back checks every item on its own: a bad draft,
 * history entry, list or list row is skipped with its own error, and the rest comes in.
 * A rescued copy of `konvert.letters` (or of the old `konvert.draft`) can be read the same way.
 */

export const backupFormat = 'konvert-backup';
export const backupVersion = 1;
/** Characters; a backup with a 20,000-row list is a few MB. */
export const maxBackupChars = 60_000_000;

export interface BackupContent {
  drafts: LetterDraft[];
  profile: Sender | null;
  nameCorrections: Record<string, string>;
  history: Record<string, PrisonerHistory>;
  lists: ImportedList[];
}

export type BackupRead = { ok: true; content: BackupContent; skipped: Issue[] } | { ok: false; issues: Issue[] };

export function makeBackup(letters: SavedLetters, lists: ImportedList[], now = new Date()): string {
  return JSON.stringify({ format: backupFormat, version: backupVersion, exportedAt: now.toISOString(), letters: { version: lettersVersion, state: letters }, lists: { version: listsVersion, state: lists } });
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** One item: its value, or one error for it (the first thing wrong inside it). */
function one<T>(x: unknown, path: string, schema: Schema<T>, skipped: Issue[]): T | undefined {
  const issues: Issue[] = [];
  const value = schema.parse(x, path, issues);
  if (value !== undefined && issues.length === 0) return value;
  skipped.push(issues[0] ?? { path, code: 'type', expected: schema.expected });
  return undefined;
}

/** Each item of a list on its own: the good ones kept, one error for each bad one. */
function each<T>(x: unknown, path: string, schema: Schema<T>, skipped: Issue[]): T[] {
  if (x === undefined) return [];
  if (!Array.isArray(x)) {
    skipped.push({ path, code: 'type', expected: 'a list' });
    return [];
  }
  return x.flatMap((item, i) => {
    const value = one(item, `${path}[${i}]`, schema, skipped);
    return value === undefined ? [] : [value];
  });
}

function entries<T>(x: unknown, path: string, schema: Schema<T>, skipped: Issue[]): Record<string, T> {
  const out: Record<string, T> = {};
  if (x === undefined) return out;
  if (!isObject(x)) {
    skipped.push({ path, code: 'type', expected: 'an object of named values' });
    return out;
  }
  for (const [key, value] of Object.entries(x)) {
    const ok = one(value, `${path}.${key}`, schema, skipped);
    if (ok !== undefined) Object.defineProperty(out, key, { value: ok, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const anyRow: Schema<unknown> = { expected: 'a row', parse: (x) => x };
const listHeader = object<Omit<ImportedList, 'rows'> & { rows: unknown[] }>({
  id: idSchema,
  name: shortTextSchema,
  importedAt: isoTimeSchema,
  source: nullable(sourceSchema),
  rows: array(anyRow, limits.listRows),
});

function readLists(x: unknown, skipped: Issue[]): ImportedList[] {
  if (x === undefined) return [];
  if (!Array.isArray(x)) {
    skipped.push({ path: 'lists', code: 'type', expected: 'a list' });
    return [];
  }
  const out: ImportedList[] = [];
  x.forEach((list, i) => {
    const path = `lists[${i}]`;
    const head = one(list, path, listHeader, skipped);
    if (head) out.push({ ...head, rows: each(head.rows, `${path}.rows`, prisonerSchema, skipped) });
  });
  return out;
}

function readLetters(state: unknown, skipped: Issue[], base = 'letters'): Omit<BackupContent, 'lists'> {
  if (!isObject(state)) {
    skipped.push({ path: base, code: 'type', expected: 'an object' });
    return { drafts: [], profile: null, nameCorrections: {}, history: {} };
  }
  const profile = state.profile === undefined ? null : (one(state.profile, `${base}.profile`, senderSchema, skipped) ?? null);
  return {
    drafts: each(state.drafts, `${base}.drafts`, draftSchema, skipped),
    profile,
    nameCorrections: entries(state.nameCorrections, `${base}.nameCorrections`, correctionSchema, skipped),
    history: entries(state.history, `${base}.history`, historySchema, skipped),
  };
}

/** Reads a backup file (or a rescued copy of the letters); never throws. */
export function readBackup(text: string): BackupRead {
  if (text.length > maxBackupChars) return { ok: false, issues: [{ path: '(top)', code: 'too-long', expected: `at most ${maxBackupChars} characters` }] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, issues: [{ path: '(top)', code: 'json', expected: 'JSON' }] };
  }
  if (!isObject(parsed)) return { ok: false, issues: [{ path: '(top)', code: 'type', expected: 'a Konvert backup' }] };
  const skipped: Issue[] = [];
  if (parsed.format === backupFormat) {
    if (typeof parsed.version !== 'number' || parsed.version > backupVersion) return { ok: false, issues: [{ path: 'version', code: 'version', expected: `at most ${backupVersion}` }] };
    const letters = isObject(parsed.letters) && isObject(parsed.letters.state) ? readLetters(parsed.letters.state, skipped, 'letters') : { drafts: [], profile: null, nameCorrections: {}, history: {} };
    const lists = isObject(parsed.lists) ? readLists(parsed.lists.state, skipped) : [];
    return { ok: true, content: { ...letters, lists }, skipped };
  }
  // A rescued copy: today's letters key, item by item, or the old single draft as a whole.
  if (typeof parsed.version === 'number' && parsed.version === lettersVersion) return { ok: true, content: { ...readLetters(parsed.state, skipped, 'state'), lists: [] }, skipped };
  const legacy = decodeLetters(text, true);
  if (legacy.ok) return { ok: true, content: { ...legacy.value, lists: [] }, skipped };
  return { ok: false, issues: legacy.reason === 'future' ? legacy.issues : [{ path: '(top)', code: 'type', expected: 'a Konvert backup' }] };
}

/**
 * Adds what a backup holds to what is here: drafts are added (one already here, unchanged, is
 * not doubled; a changed one comes in as a copy), the profile fills an empty one, corrections and
 * history are joined, lists replace a list with the same id.
 */
export function mergeBackup(here: SavedLetters & { lists: ImportedList[] }, content: BackupContent): SavedLetters & { lists: ImportedList[] } {
  const pristine = here.drafts.length === 1 && here.drafts.every(isEmptyDraft);
  const kept = pristine && content.drafts.length > 0 ? [] : here.drafts;
  const byId = new Map(kept.map((d) => [d.id, d]));
  const added = content.drafts.flatMap((d) => {
    const same = byId.get(d.id);
    if (!same) return [d];
    return same.updatedAt === d.updatedAt ? [] : [{ ...d, id: newId() }];
  });
  const drafts = [...kept, ...added];
  const profileEmpty = !here.profile.name && !here.profile.address;
  return {
    drafts,
    activeDraftId: drafts.some((d) => d.id === here.activeDraftId) ? here.activeDraftId : (drafts[0] as LetterDraft).id,
    profile: profileEmpty && content.profile ? content.profile : here.profile,
    nameCorrections: { ...content.nameCorrections, ...here.nameCorrections },
    history: unionHistory(here.history, content.history),
    lists: [...here.lists.filter((l) => !content.lists.some((c) => c.id === l.id)), ...content.lists],
  };
}
