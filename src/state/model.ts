import type { PrisonerRecord } from '../core/directory/index.ts';
import { array, bool, integer, nullable, object, oneOf, pattern, record, refine, text, variants, type Schema } from './schema.ts';

/*
 * What Konvert keeps on this device, as data: several letter drafts (each to its own
 * prisoner), the writer's own profile, their corrections of declined names, a history of
 * letters sent, and imported lists of prisoners. The stores hold it; persistence.ts saves
 * it; migrate.ts reads every earlier shape; the schemas below check every field of what
 * comes back from storage or from a backup file.
 */

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

/**
 * Who the letter goes to: a directory entry (the built-in directory, or a row of an imported
 * list when `listId` is set), an address the user pasted, or one typed field by field.
 */
export type RecipientChoice =
  | { kind: 'directory'; prisonerId: string; listId?: string }
  | { kind: 'pasted'; addressText: string }
  | { kind: 'manual'; fields: ManualRecipient };

/** The writer: shared by every draft. */
export interface Sender {
  name: string;
  address: string;
  /** For the words of a template that agree with the writer (рад/рада). */
  gender: 'm' | 'f' | null;
  /** Posting from outside Russia: the envelope gets the RUSSIA / РОССИЯ line. */
  abroad: boolean;
}

/** Choices that belong to one letter rather than to the writer. */
export interface LetterOptions {
  /** Print the writer's return address in the letter itself (so a reply can find them). */
  returnAddress: boolean;
  /**
   * The same for a writer posting from abroad, kept apart because its default differs (off:
   * the address is usually in Latin letters). Absent until the writer touches the switch.
   */
  returnAddressAbroad?: boolean;
  /** How the letter goes: on paper or as an F-pismo e-letter; absent until the writer says. */
  channel?: LetterChannel;
}

/** A paper letter by post, or an e-letter through F-pismo. */
export type LetterChannel = 'paper' | 'fpismo';

/** What a screen edits in one letter. */
export interface DraftContent {
  recipient: RecipientChoice | null;
  /** What was pasted or typed, kept when the writer picks another way, so no typing is lost. */
  pastedText: string;
  manualFields: ManualRecipient;
  body: string;
  /** What the writer typed into template blanks (city, a few words about themselves). */
  blankValues: Record<string, string>;
  options: LetterOptions;
}

export interface LetterDraft extends DraftContent {
  id: string;
  /** ISO timestamps: the list of drafts shows the newest first. */
  createdAt: string;
  updatedAt: string;
}

export type WaySent = 'post' | 'fpismo';

export interface SentRecord {
  /** The day it was sent, YYYY-MM-DD (the writer's calendar). */
  date: string;
  way: WaySent;
  /** The draft it came from, while that draft exists; null once it is gone or when marked by hand. */
  draftId: string | null;
}

/** Everything sent to one prisoner; `name` is how the writer knows them (nominative). */
export interface PrisonerHistory {
  name: string;
  sent: SentRecord[];
}

/** An imported published list, its rows as the directory core builds them. */
export interface ImportedList {
  id: string;
  name: string;
  importedAt: string;
  source: { url: string; title: string } | null;
  rows: PrisonerRecord[];
}

/** The letters, the writer and the history: saved together under one key. */
export interface SavedLetters {
  drafts: LetterDraft[];
  activeDraftId: string;
  profile: Sender;
  /** The user's own corrections of the declined name, keyed by the nominative. */
  nameCorrections: Record<string, string>;
  /** Keyed by `prisonerKey`. */
  history: Record<string, PrisonerHistory>;
}

/* Limits: generous for any real letter, small enough that a hostile file cannot freeze the app. */
export const limits = {
  /** A letter body; F-pismo pages are far smaller, a 66-page printed letter is about this size. */
  body: 200_000,
  /** An address pasted or typed in one box; a real one is under 300 characters. */
  addressText: 2_000,
  /** One typed field (a surname, a street). */
  field: 500,
  /** Template blanks, name corrections, list names. */
  shortText: 1_000,
  drafts: 500,
  entries: 2_000,
  /** Prisoners with a sent history: a letter evening marks a whole imported list at once. */
  historyEntries: 50_000,
  sentPerPrisoner: 1_000,
  listRows: 20_000,
  lists: 50,
} as const;

export const emptyManual: ManualRecipient = { surname: '', first: '', patronymic: '', birthYear: '', institution: '', street: '', house: '', locality: '', district: '', region: '', index: '' };
export const emptySender: Sender = { name: '', address: '', gender: null, abroad: false };
export const defaultOptions: LetterOptions = { returnAddress: true };
export const emptyContent: DraftContent = { recipient: null, pastedText: '', manualFields: emptyManual, body: '', blankValues: {}, options: defaultOptions };

/*
 * What the stores accept is cut to the limits the schemas check, so a long paste is never saved
 * in a shape the next load would refuse (a 200,001-character body made every draft unreadable).
 * The inputs carry the same limits as maxLength and say when text was cut; this is the backstop
 * for every other way in (a paste through a script, a template, the CLI, an old saved shape).
 */

/** The first `max` UTF-16 units, without splitting a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

const cutAll = <T extends object>(values: T, max: number): T => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values as Record<string, string>)) out[k] = cut(v, max);
  return out as T;
};

/** A draft's content cut to the limits, field by field; what is within them is returned as it is. */
export function fitContent<T extends Partial<DraftContent>>(content: T): T {
  const out: T = { ...content };
  if (out.body !== undefined) out.body = cut(out.body, limits.body);
  if (out.pastedText !== undefined) out.pastedText = cut(out.pastedText, limits.addressText);
  if (out.manualFields) out.manualFields = cutAll(out.manualFields, limits.field);
  if (out.blankValues) out.blankValues = cutAll(out.blankValues, limits.shortText);
  const r = out.recipient;
  if (r?.kind === 'pasted') out.recipient = { ...r, addressText: cut(r.addressText, limits.addressText) };
  else if (r?.kind === 'manual') out.recipient = { ...r, fields: cutAll(r.fields, limits.field) };
  return out;
}

/** The writer's profile cut to the limits. */
export function fitSender<T extends Partial<Sender>>(sender: T): T {
  const out: T = { ...sender };
  if (out.name !== undefined) out.name = cut(out.name, limits.shortText);
  if (out.address !== undefined) out.address = cut(out.address, limits.addressText);
  return out;
}

/** A random id that works outside secure contexts too (crypto.randomUUID does not). */
export function newId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

export function newDraft(content: Partial<DraftContent> = {}, now = new Date()): LetterDraft {
  const at = now.toISOString();
  return { ...emptyContent, ...fitContent(content), id: newId(), createdAt: at, updatedAt: at };
}

export function emptyLetters(): SavedLetters {
  const draft = newDraft();
  return { drafts: [draft], activeDraftId: draft.id, profile: emptySender, nameCorrections: {}, history: {} };
}

/** Whether a draft holds nothing the writer typed or chose. */
export function isEmptyDraft(d: DraftContent): boolean {
  return d.body === '' && d.recipient === null && d.pastedText === '' && Object.values(d.manualFields).every((v) => !v) && Object.keys(d.blankValues).length === 0;
}

/**
 * The key a prisoner's history is filed under: the directory id when there is one, else the
 * name and birth year (two people with the same name and year share a history; the UI shows it).
 */
export function prisonerKey(p: { id?: string | null; surname?: string | null; first?: string | null; patronymic?: string | null; birthYear?: number | string | null }): string {
  if (p.id) return `id:${p.id}`;
  const name = [p.surname, p.first, p.patronymic].map((s) => (s ?? '').trim().toLowerCase().replaceAll('ё', 'е')).join(' ').trim().replace(/\s+/g, ' ');
  return `name:${name}|${p.birthYear ?? ''}`;
}

/* ---- Schemas: every field of every shape above ---- */

export const isoDay = pattern(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date YYYY-MM-DD');
export const isoTimeSchema = pattern(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'a time like 2026-12-01T10:00:00.000Z');
export const idSchema = pattern(/^[A-Za-z0-9_-]{1,80}$/, 'an id of letters, digits, - and _');
const id = idSchema;
const field = text(limits.field);
const shortText = text(limits.shortText);
export const shortTextSchema = shortText;

export const manualSchema: Schema<ManualRecipient> = object<ManualRecipient>({
  surname: field, first: field, patronymic: field, birthYear: field, institution: field, street: field, house: field, locality: field, district: field, region: field, index: field,
});

export const recipientSchema: Schema<RecipientChoice> = variants<RecipientChoice>({
  directory: object<{ kind: 'directory'; prisonerId: string; listId?: string }>({ kind: oneOf(['directory']), prisonerId: shortText, listId: id }, ['listId']),
  pasted: object<{ kind: 'pasted'; addressText: string }>({ kind: oneOf(['pasted']), addressText: text(limits.addressText) }),
  manual: object<{ kind: 'manual'; fields: ManualRecipient }>({ kind: oneOf(['manual']), fields: manualSchema }),
});

export const senderSchema: Schema<Sender> = object<Sender>({ name: shortText, address: text(limits.addressText), gender: nullable(oneOf(['m', 'f'])), abroad: bool });

export const optionsSchema: Schema<LetterOptions> = object<LetterOptions>(
  { returnAddress: bool, returnAddressAbroad: bool, channel: oneOf(['paper', 'fpismo']) },
  ['returnAddressAbroad', 'channel'],
);

export const draftSchema: Schema<LetterDraft> = object<LetterDraft>({
  id,
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
  recipient: nullable(recipientSchema),
  pastedText: text(limits.addressText),
  manualFields: manualSchema,
  body: text(limits.body),
  blankValues: record(shortText, limits.entries),
  options: optionsSchema,
});

export const sentSchema: Schema<SentRecord> = object<SentRecord>({ date: isoDay, way: oneOf(['post', 'fpismo']), draftId: nullable(id) });

export const historySchema: Schema<PrisonerHistory> = object<PrisonerHistory>({ name: shortText, sent: array(sentSchema, limits.sentPerPrisoner) });

export const correctionsSchema = record(shortText, limits.entries);
export const correctionSchema = shortText;
export const historiesSchema = record(historySchema, limits.historyEntries);

export const lettersSchema: Schema<SavedLetters> = refine(
  object<SavedLetters>({
    drafts: refine(array(draftSchema, limits.drafts), (d) => (d.length === 0 ? 'at least one draft' : new Set(d.map((x) => x.id)).size !== d.length ? 'drafts with different ids' : null)),
    activeDraftId: id,
    profile: senderSchema,
    nameCorrections: correctionsSchema,
    history: historiesSchema,
  }),
  (s) => (s.drafts.some((d) => d.id === s.activeDraftId) ? null : 'an active draft that is one of the drafts'),
);

const nullableText = nullable(text(limits.shortText));

/** A directory row as the directory core builds it (src/core/directory/types.ts). */
export const prisonerSchema: Schema<PrisonerRecord> = object<PrisonerRecord>({
  id: shortText,
  surname: shortText,
  first: nullableText,
  patronymic: nullableText,
  gender: nullable(oneOf(['m', 'f'])),
  birthYear: nullable(integer(1900, 2100)),
  institution: nullableText,
  institutionFull: nullableText,
  address: object<PrisonerRecord['address']>({
    index: nullableText, region: nullableText, district: nullableText, locality: nullableText, localityType: nullableText, street: nullableText,
    streetType: nullableText, house: nullableText, building: nullableText, buildingType: nullable(oneOf(['корп.', 'стр.'])), flat: nullableText,
  }),
  oneLineAddress: text(limits.addressText),
  source: object<PrisonerRecord['source']>({ url: shortText, title: shortText, titleEn: shortText }, ['titleEn']),
  checkedAt: isoDay,
  addressMayBeStale: bool,
  languages: array(pattern(/^[a-z]{2}$/, 'a two-letter language code'), 20),
  notes: object<{ ru: string; en: string }>({ ru: text(limits.addressText), en: text(limits.addressText) }),
}, ['addressMayBeStale']);

export const sourceSchema = object<{ url: string; title: string }>({ url: shortText, title: shortText });

export const listSchema: Schema<ImportedList> = object<ImportedList>({
  id,
  name: shortText,
  importedAt: isoTimeSchema,
  source: nullable(sourceSchema),
  rows: array(prisonerSchema, limits.listRows),
});

export const listsSchema = array(listSchema, limits.lists);
