import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../locales');
const languages = readdirSync(root).sort();

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every leaf of a translation file as "path → value", arrays indexed. */
function leaves(value: Json, prefix = ''): [string, Json][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, value]];
}

function load(lang: string) {
  const result = new Map<string, Json>();
  for (const file of readdirSync(join(root, lang)).filter((f) => f.endsWith('.json'))) {
    const ns = file.slice(0, -5);
    for (const [key, value] of leaves(JSON.parse(readFileSync(join(root, lang, file), 'utf8')) as Json)) result.set(`${ns}:${key}`, value);
  }
  return result;
}

describe('translations', () => {
  it('exist for Russian and English', () => {
    expect(languages).toEqual(['en', 'ru']);
  });

  // Plural forms differ by language (ru: one/few/many/other, en: one/other): keys are compared
  // without their plural suffix, and each language must have every form its own rules use.
  const PLURAL = /_(zero|one|two|few|many|other)$/;
  const base = (keys: Iterable<string>) => [...new Set([...keys].map((k) => k.replace(PLURAL, '')))].sort();
  const [first, ...others] = languages.map((lang) => ({ lang, keys: load(lang) }));
  it.each(others)('$lang has exactly the keys of the first language', ({ keys }) => {
    expect(base(keys.keys())).toEqual(base(first?.keys.keys() ?? []));
  });

  it.each(languages)('%s has every plural form its plural rules need', (lang) => {
    const keys = [...load(lang).keys()];
    const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const plurals = new Set(keys.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    const missing = [...plurals].flatMap((k) => forms.filter((f) => !keys.includes(`${k}_${f}`)).map((f) => `${k}_${f}`));
    expect(missing).toEqual([]);
  });

  // Screens pick the plural form through i18next, the CLI through the same plural rules (src/cli/plural.ts).
  it.each(languages)('%s writes no "(s)"-style plural by hand', (lang) => {
    expect([...load(lang)].filter(([, v]) => /\w\((s|es|а|ов|и|ей)\)/.test(String(v))).map(([k]) => k)).toEqual([]);
  });

  it.each(languages)('%s has no empty or non-text value', (lang) => {
    const bad = [...load(lang)].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it.each(languages)('%s uses the same {{placeholders}} as English in every string', (lang) => {
    const english = load('en');
    const placeholders = (s: Json) => [...String(s).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const mismatched = [...load(lang)].filter(([k, v]) => english.has(k) && placeholders(v).join() !== placeholders(english.get(k) ?? '').join()).map(([k]) => k);
    expect(mismatched).toEqual([]);
  });
});
