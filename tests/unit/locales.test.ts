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

  const [first, ...others] = languages.map((lang) => ({ lang, keys: load(lang) }));
  it.each(others)('$lang has exactly the keys of the first language', ({ keys }) => {
    expect([...keys.keys()].sort()).toEqual([...(first?.keys.keys() ?? [])].sort());
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
