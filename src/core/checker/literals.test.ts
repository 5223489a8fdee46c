import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from './catalogue.ts';
import { LiteralIndex } from './literal-index.ts';
import { fold, foldUnit, requiredLiterals } from './literals.ts';
import { allMatches } from './matches.ts';

// A gate may only ever skip a pattern that cannot match: these tests hold the derivation to
// that, on hand-made expressions and on every pattern of the catalogue against every letter
// the repository holds.

const DIGITS = [...'0123456789'];

describe('requiredLiterals', () => {
  it.each([
    ['a plain word', 'улица', [['улица']]],
    ['alternatives', '(?:ул\\.|улица|пр\\.)\\s*\\d+', [['ул.', 'улица', 'пр.'], DIGITS]],
    ['words joined across a run of known parts', '\\s+за\\s+', [['за']]],
    ['a small class multiplies out', 'стать[яе]', [['статья', 'статье']]],
    ['a one-mark class with a count', '(?<![\\p{L}*])[а-яё]+[*]{1,5}[а-яё]+(?![\\p{L}*])', [['*']]],
    ['quotation marks and a lookahead', '«[^»\\s]{1,20}»(?=[^.!?]{0,60}?передал)', [['«'], ['передал'], ['»']]],
    ['an optional part promises nothing', 'ник\\s*:?\\s*@?\\w+', [['ник']]],
    ['a part repeated a few times multiplies out', 'a"{0,2}b', [['ab', 'a"b', 'a""b']]],
    ['so do the ends of a word cut off with dots', '(?:х|бл)(?:\\.{2,3}|…)', [['х..', 'х…', 'бл..', 'бл…']]],
    ['a part repeated at least n times gives n copies', '(?:ха){2,}', [['хаха']]],
    ['a part that may repeat zero times promises nothing', 'a\\s"*b', [['a'], ['b']]],
    ['a top-level alternation takes the strongest of each branch', '«туда»|там\\s+\\d', [['«туда»', 'там'], ['«туда»', ...DIGITS]]],
    ['and the next strongest, where a branch has one', '(?:ул\\.|пр\\.)\\s*\\d|дом\\s*\\d', [['ул.', 'пр.', 'дом'], DIGITS]],
    ['a digit is a condition of its own', 'слово|\\d+', [['слово', ...DIGITS]]],
    ['a branch with nothing certain gives nothing', 'слово|\\w+', []],
    ['a negative lookahead gives nothing', 'под(?!вал)', [['под']]],
    ['a negated class gives nothing', '[^*]+', []],
    ['a large class is a condition of its own', 'ник\\s*[A-Za-z]{2,}', [['ник'], [...'abcdefghijklmnopqrstuvwxyz']]],
    ['a class too large for that gives nothing', '[а-яё]+', []],
    ['letters fold to small ones', 'ФСИН', [['фсин']]],
    ['a longer string holding a shorter one of the same list is dropped', '(?:ник|никнейм)\\s', [['ник']]],
    ['escapes of characters', '\\u{1F308}|\\x41', [['🌈', 'a']]],
    ['an emoji sequence is one string', '🏳️‍🌈|🌈', [['🌈']]],
    ['a word boundary is empty', '\\bputin\\b', [['putin']]],
    ['a back reference is unknown', '(a)\\1', [['a']]],
    ['a named group', '(?<year>19|20)\\d\\d', [DIGITS, ['19', '20']]],
  ])('%s', (_name, source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it.each([['(?<name'], ['a\\k<x'], ['\\p{L'], ['(a'], ['a)b'], ['[abc']])('gives nothing, and ends, for the broken source %s', (source) => {
    expect(requiredLiterals(source)).toEqual([]);
  });
});

// Every labelled letter and every rule example: the gate must hold wherever a pattern matches.
function texts(): string[] {
  const dir = 'src/core/checker/fixtures';
  const letters = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { sentences: [string, string[]][] }[]);
  const out = letters.flatMap((l) => l.sentences.map(([s]) => s));
  for (const r of RULES) out.push(...r.examples.match, ...r.examples.noMatch);
  // Forms no letter or example holds yet, so that every pattern matches something here.
  out.push('Осудили по части 2 ст. 207.', 'Он идёт по двести восьмой уже год.', 'Пишут, Мемориал закрыли, а Дождь уехал.');
  // Upper case too: the gate folds case as the `i` flag does.
  return [...out, ...out.map((t) => t.toUpperCase())];
}

describe('the gate of every catalogue pattern', () => {
  const all = texts();
  const patterns = RULES.flatMap((r) => (r.patterns ?? []).map((p) => [r.id, p, r.matchCase === true] as const));

  it.each(patterns)('%s: %s holds wherever it matches', (_id, source, matchCase) => {
    const need = requiredLiterals(source);
    const re = new RegExp(source, matchCase ? 'gu' : 'giu');
    let matched = 0;
    for (const text of all) {
      if (allMatches(re, text).length === 0) continue;
      matched++;
      const folded = fold(text);
      for (const alts of need) expect(alts.some((a) => folded.includes(a)), `${JSON.stringify(alts)} in «${text}»`).toBe(true);
    }
    expect(matched).toBeGreaterThan(0);
  });
});

describe('foldUnit', () => {
  // Every UTF-16 code unit outside the surrogates, once.
  const units = Array.from({ length: 0x10000 }, (_, c) => c).filter((c) => c < 0xd800 || c > 0xdfff);
  const all = String.fromCharCode(...units);
  const alphabet = [...new Set(RULES.flatMap((r) => (r.patterns ?? []).flatMap((p) => requiredLiterals(p).flat())).join(''))].filter((ch) => ch.length === 1);

  it('gives one form to every pair the i and u flags equate, for each character the catalogue needs', () => {
    expect(alphabet.length).toBeGreaterThan(30);
    for (const ch of alphabet) {
      const equal = allMatches(new RegExp(`[${ch.replace(/[\]\\^-]/g, '\\$&')}]`, 'giu'), all).map((m) => m[0]);
      for (const other of equal) expect([other, foldUnit(other.charCodeAt(0))]).toEqual([other, foldUnit(ch.charCodeAt(0))]);
    }
  });

  it.each([
    ['Ё', 'ё'],
    ['K', 'k'],
    ['\u212a', 'k'],
    ['\u017f', 's'],
    ['\u1c80', 'в'],
  ])('folds %s as %s', (a, b) => {
    expect(foldUnit(a.charCodeAt(0))).toBe(b.charCodeAt(0));
  });
});

describe('LiteralIndex', () => {
  const index = new LiteralIndex();
  const he = index.condition(['he']);
  const sheOrHers = index.condition(['she', 'hers']);
  const street = index.condition(['ул.', 'улица']);
  const star = index.condition(['*']);

  it.each([
    ['ushers', [he, sheOrHers]],
    ['УЛИЦА Ленина', [street]],
    ['бл*ть', [star]],
    ['h e', []],
    ['', []],
    ['ул', []],
  ])('finds the conditions %s meets', (text, expected) => {
    index.scan(text);
    expect([he, sheOrHers, street, star].filter((id) => index.holds(id))).toEqual(expected);
  });

  it('forgets the previous text on each scan', () => {
    index.scan('she');
    index.scan('ул.');
    expect([index.holds(sheOrHers), index.holds(street)]).toEqual([false, true]);
  });

  it('takes new conditions after a scan', () => {
    const late = new LiteralIndex();
    late.condition(['a']);
    late.scan('b');
    const b = late.condition(['b']);
    late.scan('xb');
    expect(late.holds(b)).toBe(true);
  });
});
