import type { RuleData, RuleFile } from './rule-types.ts';
import { CATEGORIES, SEVERITIES } from './types.ts';

// The catalogue is data edited by hand; a malformed rule would fail silently at match
// time, so the schema test runs this over every file.

const SOURCES = ['memorial', 'ovd-info', 'rosuznik', '103-fz-20', 'uik-91', 'pvr-110', 'review-2026'];
const KEYS = new Set(['id', 'category', 'severity', 'terms', 'phrases', 'gap', 'together', 'window', 'patterns', 'matchCase', 'patternsNeed', 'unless', 'inTitles', 'inQuestion', 'notInSimile', 'meanings', 'gloss', 'risksWriter', 'follows', 'quiet', 'message', 'suggestion', 'source', 'examples']);
const TERM = /^(?:@Name|@NameDat|@QuotedPlain|@Quoted|@Title|#[a-z]+|=[\p{L}\d-]+|[\p{L}\d-]+[*+]?)$/u;

export function validateRule(rule: RuleData, groups: Readonly<Record<string, string[]>>): string[] {
  const errors: string[] = [];
  const err = (m: string) => errors.push(`${rule.id ?? '?'}: ${m}`);
  for (const key of Object.keys(rule)) if (!KEYS.has(key)) err(`unknown key ${key}`);
  if (!/^[a-z]+\.[a-z0-9-]+$/.test(rule.id ?? '')) err('id must look like category.name');
  if (!CATEGORIES.includes(rule.category)) err(`bad category ${rule.category}`);
  else if (!rule.id.startsWith(`${rule.category}.`)) err('id must start with its category');
  if (!SEVERITIES.includes(rule.severity)) err(`bad severity ${rule.severity}`);
  if (!SOURCES.includes(rule.source)) err(`bad source ${rule.source}`);
  for (const field of ['message', 'suggestion'] as const) {
    for (const lang of ['ru', 'en'] as const) if (!rule[field]?.[lang]?.trim()) err(`${field}.${lang} is empty`);
  }
  if (!rule.terms?.length && !rule.phrases?.length && !rule.together?.length && !rule.patterns?.length) err('matches nothing');
  if (rule.together && rule.together.length < 2) err('together needs two parts or more');
  for (const c of [...(rule.follows ?? []), ...(rule.quiet ?? [])]) if (!CATEGORIES.includes(c)) err(`names an unknown category ${c}`);
  const checkAlternatives = (alts: string, where: string) => {
    for (const t of alts.split('|')) {
      if (!TERM.test(t)) err(`bad term "${t}" in ${where}`);
      if (t.startsWith('#') && !groups[t.slice(1)]) err(`unknown group ${t}`);
    }
  };
  for (const t of rule.terms ?? []) checkAlternatives(t, 'terms');
  for (const t of rule.together ?? []) checkAlternatives(t, 'together');
  for (const p of rule.phrases ?? []) {
    const parts = p.split(' ');
    if (parts.length < 2) err(`phrase "${p}" has one part; put it in terms`);
    for (const part of parts) checkAlternatives(part, 'phrases');
  }
  for (const u of rule.unless ?? []) {
    checkAlternatives(u.near, 'unless');
    if (u.only !== undefined) checkAlternatives(u.only, 'unless.only');
  }
  for (const [term, meaning] of Object.entries(rule.meanings ?? {})) {
    checkAlternatives(term, 'meanings');
    if (!meaning.trim() || /[а-яё]/iu.test(meaning)) err(`meaning of ${term} must be English`);
  }
  for (const p of rule.patterns ?? []) {
    try {
      new RegExp(p, 'giu');
    } catch {
      err(`bad pattern ${p}`);
    }
  }
  if (!rule.examples?.match?.length) err('needs at least one matching example');
  if (!Array.isArray(rule.examples?.noMatch)) err('needs a noMatch list');
  return errors;
}

export function validateCatalogue(files: readonly RuleFile[], groups: Readonly<Record<string, string[]>>): string[] {
  const errors: string[] = [];
  for (const file of files) if (!file.category === !file.class) errors.push(`a rule file needs a category or a class, not both: ${file.class ?? file.category}`);
  const seen = new Set<string>();
  for (const file of files) {
    for (const rule of file.rules) {
      if (seen.has(rule.id)) errors.push(`${rule.id}: duplicate id`);
      seen.add(rule.id);
      if (file.category && rule.category !== file.category) errors.push(`${rule.id}: filed under ${file.category}`);
      errors.push(...validateRule(rule, groups));
    }
  }
  for (const [name, words] of Object.entries(groups)) {
    for (const w of words) if (!TERM.test(w)) errors.push(`group ${name}: bad term "${w}"`);
  }
  // Kin in the dative are compared as whole words (terms.ts `kinInDative`), so only exact words make sense.
  for (const w of groups.kindative ?? []) if (!/^=[\p{Ll}-]+$/u.test(w)) errors.push(`group kindative: "${w}" must be an exact lower-case word (=маме)`);
  return errors;
}

/** The other Cyrillic-script languages (src/data/rules/languages.json), read by detectors/other-languages.ts. */
export interface LanguageData {
  /** Code → English name. */
  languages: Record<string, string>;
  /** Word (lower case) → [language code, English meaning]. */
  words: Record<string, string[]>;
  /** Words that count only next to a listed one (they are also Russian or Ukrainian). */
  weak: string[];
  /** Listed words that are also given names: capitalised, they are a person («Акбар принёс плов»). */
  givenNames: string[];
}

export function validateLanguages(data: LanguageData): string[] {
  const errors: string[] = [];
  const lower = (w: string) => w === w.toLowerCase() && w.trim() === w && w !== '';
  for (const [code, name] of Object.entries(data.languages)) if (!/^[a-z]{2,3}$/.test(code) || !name.trim() || /[а-яё]/iu.test(name)) errors.push(`language ${code}: needs a short code and an English name`);
  for (const [word, entry] of Object.entries(data.words)) {
    // Keys may keep a capital palochka or a capital inside (кIант, иншаАллах): the detector folds them.
    if (!word.trim()) errors.push('an empty word');
    const [code, meaning] = entry;
    if (entry.length !== 2 || code === undefined || !(code in data.languages)) errors.push(`word "${word}": needs a known language code and a meaning`);
    if (!meaning?.trim()) errors.push(`word "${word}": meaning is empty`);
  }
  for (const [list, words] of [['weak', data.weak], ['givenNames', data.givenNames]] as const) {
    if (new Set(words).size !== words.length) errors.push(`${list}: repeated word`);
    for (const w of words) if (!lower(w)) errors.push(`${list}: "${w}" must be lower case`);
  }
  // A given name is a listed word used as a name; one the list lacks would never be read as either.
  for (const w of data.givenNames) if (!(w in data.words)) errors.push(`givenNames: "${w}" is not a listed word`);
  return errors;
}
