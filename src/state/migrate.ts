import {
  correctionsSchema,
  defaultOptions,
  emptyManual,
  emptySender,
  lettersSchema,
  listsSchema,
  manualSchema,
  newDraft,
  recipientSchema,
  type ImportedList,
  type RecipientChoice,
  type SavedLetters,
} from './model.ts';
import { bool, nullable, object, oneOf, record, text, validate, type Issue, type Schema } from './schema.ts';

/*
 * Reading what is stored, in every shape Konvert has written:
 * - `konvert.draft`, zustand's persist format `{state, version}`, one letter:
 *   v0/v1 recipient (directory | pasted), body, sender {name, address}, nameCorrections;
 *   v2 added sender.gender and blankValues, later sender.abroad (still v2);
 *   v3 added pastedText, manualFields and the manual recipient.
 * - `konvert.settings` v1 {keepDrafts}, v2 added latinInput; `konvert.language` a bare code.
 * - Today: `konvert.letters` v4 (drafts, profile, corrections, history), `konvert.lists` v1,
 *   `konvert.settings` v3 (adds the language; later the optional neutralNames, still v3: an
 *   older tab ignores it and writes without it, which only brings back the default).
 * A decoder never throws: it returns the value, or why it could not (`corrupt`, or `future`
 * for a version newer than this app, which must not be downgraded).
 */

export const lettersVersion = 4;
export const listsVersion = 1;
export const settingsVersion = 3;

export type Decoded<T> = { ok: true; value: T; migrated: boolean } | { ok: false; reason: 'corrupt' | 'future'; issues: Issue[] };

const corrupt = (issues: Issue[]): Decoded<never> => ({ ok: false, reason: 'corrupt', issues });

/** Splits `{version, state}` and checks the version is one we know. */
function envelope(raw: string, newest: number): { version: number; state: unknown } | Decoded<never> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return corrupt([{ path: '(top)', code: 'json', expected: 'JSON' }]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return corrupt([{ path: '(top)', code: 'type', expected: 'an object {version, state}' }]);
  const { version = 0, state } = parsed as { version?: unknown; state?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return corrupt([{ path: 'version', code: 'version', expected: 'a whole number' }]);
  if (version > newest) return { ok: false, reason: 'future', issues: [{ path: 'version', code: 'version', expected: `at most ${newest}` }] };
  return { version, state };
}

const isFailure = <T>(x: { version: number; state: unknown } | Decoded<T>): x is Decoded<T> => 'ok' in x;

/* ---- the single draft of v0–v3 ---- */

interface LegacyDraft {
  recipient: RecipientChoice | null;
  body: string;
  sender: { name: string; address: string; gender?: 'm' | 'f' | null; abroad?: boolean };
  nameCorrections: Record<string, string>;
  blankValues?: Record<string, string>;
  pastedText?: string;
  manualFields?: typeof emptyManual;
}

// Old versions had no length limits: what they saved is read back whole, then checked as today's shape.
const legacyDraft: Schema<LegacyDraft> = object<LegacyDraft>(
  {
    recipient: nullable(recipientSchema),
    body: text(),
    sender: object<LegacyDraft['sender']>({ name: text(), address: text(), gender: nullable(oneOf(['m', 'f'])), abroad: bool }, ['gender', 'abroad']),
    nameCorrections: correctionsSchema,
    blankValues: record(text()),
    pastedText: text(),
    manualFields: manualSchema,
  },
  ['blankValues', 'pastedText', 'manualFields'],
);

function fromLegacyDraft(d: LegacyDraft, version: number): SavedLetters {
  const pastedText = d.pastedText ?? (d.recipient?.kind === 'pasted' ? d.recipient.addressText : '');
  const draft = newDraft({
    recipient: version < 3 && d.recipient?.kind === 'manual' ? null : d.recipient,
    pastedText,
    manualFields: d.manualFields ?? emptyManual,
    body: d.body,
    blankValues: d.blankValues ?? {},
    options: defaultOptions,
  });
  return {
    drafts: [draft],
    activeDraftId: draft.id,
    profile: { ...emptySender, ...d.sender, gender: d.sender.gender ?? null, abroad: d.sender.abroad ?? false },
    nameCorrections: d.nameCorrections,
    history: {},
  };
}

/** Today's letters, or one migrated from `konvert.draft` (pass `legacy: true` for that key). */
export function decodeLetters(raw: string, legacy = false): Decoded<SavedLetters> {
  const env = envelope(raw, legacy ? 3 : lettersVersion);
  if (isFailure(env)) return env;
  if (legacy || env.version < lettersVersion) {
    if (!legacy) return corrupt([{ path: 'version', code: 'version', expected: `${lettersVersion}` }]);
    const old = validate(legacyDraft, env.state);
    if (!old.value) return corrupt(old.issues);
    // Checked again as today's shape: limits, recipient variants.
    const checked = validate(lettersSchema, fromLegacyDraft(old.value, env.version));
    return checked.value ? { ok: true, value: checked.value, migrated: true } : corrupt(checked.issues);
  }
  const result = validate(lettersSchema, env.state);
  return result.value ? { ok: true, value: result.value, migrated: false } : corrupt(result.issues);
}

export function decodeLists(raw: string): Decoded<ImportedList[]> {
  const env = envelope(raw, listsVersion);
  if (isFailure(env)) return env;
  const result = validate(listsSchema, env.state);
  return result.value ? { ok: true, value: result.value, migrated: false } : corrupt(result.issues);
}

export type Language = 'ru' | 'en';

export interface Settings {
  /** When false, nothing is written to this device: the letters live in this tab's memory only. */
  keepDrafts: boolean;
  /** Typing Russian with Latin letters (privet → привет) in the letter editor. */
  latinInput: boolean;
  /** Chosen in the header; null follows the browser. */
  language: Language | null;
  /**
   * Neutral file names and PDF properties (issue 13). Absent until the writer chooses: then it
   * follows their situation (on for a writer in Russia, off abroad; see neutral-names.ts).
   */
  neutralNames?: boolean;
}

export const defaultSettings: Settings = { keepDrafts: true, latinInput: false, language: null };

const settingsSchema = object<Settings>({ keepDrafts: bool, latinInput: bool, language: nullable(oneOf(['ru', 'en'])), neutralNames: bool }, ['latinInput', 'language', 'neutralNames']);

/** Settings of v1–v3; `language` is the old `konvert.language` value, folded in when present. */
export function decodeSettings(raw: string): Decoded<Settings> {
  const env = envelope(raw, settingsVersion);
  if (isFailure(env)) return env;
  const result = validate(settingsSchema, env.state);
  if (!result.value) return corrupt(result.issues);
  return { ok: true, value: { ...defaultSettings, ...result.value }, migrated: env.version < settingsVersion };
}

/** The language the old detector cached ("ru", "en-GB"): only a language we have counts. */
export function decodeLanguage(raw: string | null): Language | null {
  const code = raw?.trim().slice(0, 2).toLowerCase();
  return code === 'ru' || code === 'en' ? code : null;
}

export function encode(version: number, state: unknown): string {
  return JSON.stringify({ version, state });
}
