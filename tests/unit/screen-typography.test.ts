import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blanks, guidance, templates } from '../../src/core/writing/index.ts';
import { loadResources } from '../../src/i18n/resources.ts';

// Second native review §25: on a narrow screen «ст. 20», «№ 3», «55 ₽», «3–4 недели» or a
// one-letter preposition must not part at a line end. The data keeps ordinary spaces; the
// texts the reader sees get no-break spaces as they load. These are the spaces that must not
// be left breakable in anything shown on screen.
const BREAKABLE_RU: Array<[string, RegExp]> = [
  ['one-letter word', /(?:^|[\s(«„])[вксуоиаяВКСУОИАЯ] (?=\S)/u],
  ['abbreviation before a number', /(?:^|[\s(«„])(?:ст|ч|п|г|д|кв|ул)\. (?=\d)/u],
  ['number sign', /№ (?=\d)/],
  ['number before ₽ or %', /\d (?=[₽%])/],
  ['number before the word it counts', /\d (?=[а-яё])/u],
];
const BREAKABLE_EN: Array<[string, RegExp]> = [
  ['number before ₽ or %', /\d (?=[₽%])/],
  ['"art." or "No." before a number', /\b(?:art|No)\. (?=\d)/],
];

/** Every string of a nested translation object. */
const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

function shown(lang: 'ru' | 'en'): string[] {
  const guide = guidance(lang).flatMap((s) => [s.heading, ...s.paragraphs, ...(s.links ?? []).map((l) => l.label)]);
  const notes = templates.map((t) => t.note[lang] ?? '');
  const descriptions = Object.values(blanks).map((b) => b.description[lang] ?? '');
  return [...strings(loadResources()[lang]), ...guide, ...notes, ...descriptions];
}

describe.each([
  ['ru', BREAKABLE_RU],
  ['en', BREAKABLE_EN],
] as const)('texts shown in %s', (lang, rules) => {
  const texts = shown(lang);

  it('are all there', () => {
    expect(texts.length).toBeGreaterThan(300);
  });

  it.each(rules)('leave no breakable space: %s', (_, rule) => {
    expect(texts.filter((t) => rule.test(t))).toEqual([]);
  });
});

describe('the no-break pass over translations', () => {
  it('changes nothing but spaces, and keeps every key, array and plural form', () => {
    const root = join(__dirname, '../../locales');
    const loaded = loadResources();
    const spaces = (v: unknown): unknown => JSON.parse(JSON.stringify(v).replace(/\u00a0/g, ' '));
    for (const lang of readdirSync(root)) {
      for (const file of readdirSync(join(root, lang)).filter((f) => f.endsWith('.json'))) {
        const raw: unknown = JSON.parse(readFileSync(join(root, lang, file), 'utf8'));
        expect(spaces(loaded[lang]?.[file.slice(0, -5)]), `${lang}/${file}`).toEqual(raw);
      }
    }
  });
});
