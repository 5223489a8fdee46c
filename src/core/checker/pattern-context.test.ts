import { describe, expect, it } from 'vitest';
import { Lexicon } from './lexicon.ts';
import type { RuleData } from './rule-types.ts';
import { tokenise } from './tokenise.ts';

// A pattern whose match ends on punctuation (a closing «»») must keep its rule's `unless` context,
// whatever ends the sentence after it. The engine once took «the first word ending after the
// match» as the match's last word: at the end of a text there is none, so the exceptions were
// never asked («Внук называет тебя «дядя Саша».» fired, the same words with more after the quote
// did not), and with a sentence after it the window reached into that next sentence.
type Shape = Pick<RuleData, 'id' | 'patterns' | 'matchCase' | 'unless'>;
const rule = (shape: Shape): RuleData => ({
  category: 'code',
  severity: 'medium',
  message: { ru: shape.id, en: shape.id },
  suggestion: { ru: shape.id, en: shape.id },
  source: 'memorial',
  examples: { match: [], noMatch: [] },
  ...shape,
});

const RULES: RuleData[] = [
  rule({
    // Context before the match (a naming verb a few words earlier).
    id: 'test.kin-alias',
    patterns: ['«(?:дядя|дяде|тётя|тёте)\\s+\\p{Lu}\\p{Ll}+»'],
    matchCase: true,
    unless: [{ near: 'называ*|=зовет|=зовут', before: 4, after: 0 }],
  }),
  rule({
    // Context anywhere in the sentence (the default window).
    id: 'test.quoted-word',
    patterns: ['(?<!\\p{L})говорит\\s+«[^»]+»'],
    unless: [{ near: 'шутку|шутя' }],
  }),
  rule({
    // Context after the match only: it must come from the same sentence.
    id: 'test.quoted-name',
    patterns: ['«\\p{Lu}\\p{Ll}+»'],
    matchCase: true,
    unless: [{ near: 'кличка|=зовут', before: 0, after: 4 }],
  }),
  rule({
    // A quoted title read with its quotation marks: the rule is about the title itself, so the
    // skip for words inside titles does not apply (it did only by accident when the match's
    // «last word» was the one after the quote).
    id: 'test.quoted-title',
    patterns: ['«Бок о бок»'],
    matchCase: true,
  }),
];

const lexicon = new Lexicon(RULES, { naming: ['называ*'] });
const rulesIn = (text: string) => lexicon.check(text, tokenise(text)).map((h) => h.rule);

const ENDS = ['', '.', '!', '?', '…', ')', ').', '!)', '.»'];
const cases = (id: string, quiet: string | undefined, fires: string) =>
  ENDS.flatMap((end) => {
    // «)» closes a bracket, and «.»» a quotation, opened at the start of the sentence.
    const open = end.includes(')') ? '(' : end.endsWith('»') ? 'Он написал: «' : '';
    const wrap = (s: string) => open + s + end;
    const quietCases = quiet === undefined ? [] : [wrap(quiet), wrap(quiet) + ' Дальше пишу о погоде.'];
    return [
      ...quietCases.map((text) => [id, JSON.stringify(end), text, 'quiet'] as const),
      [id, JSON.stringify(end), wrap(fires), 'fires'] as const,
      [id, JSON.stringify(end), wrap(fires) + ' Дальше пишу о погоде.', 'fires'] as const,
    ];
  });

describe('pattern rules ending on a closing quote keep their context', () => {
  it.each([
    ...cases('test.kin-alias', 'Внук называет тебя «дядя Саша»', 'Передай привет «дяде Саше»'),
    ...cases('test.quoted-word', 'В шутку он всегда говорит «держись»', 'Он всегда говорит «держись»'),
    // Its context comes after the quote, so at a sentence end it can only fire.
    ...cases('test.quoted-name', undefined, 'Передай привет «Барону»'),
    ...cases('test.quoted-title', undefined, 'Мы познакомились на кинофестивале «Бок о бок»'),
  ])('%s before %s: %s (%s)', (rule, _end, text, expected) => {
    expect(rulesIn(text).includes(rule)).toBe(expected === 'fires');
  });

  it.each([
    // The naming verb of the next sentence does not excuse this one.
    ['test.quoted-name', 'Передай привет «Барону». Соседа так зовут.'],
    ['test.quoted-name', 'Передай привет «Барону»! Кличка у него смешная.'],
    ['test.quoted-word', 'Он всегда говорит «держись». В шутку или нет, не знаю.'],
  ])('%s: context in the next sentence does not count: %s', (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });

  it.each([
    // Context after the quote in the same sentence still counts.
    ['test.quoted-name', 'Передай привет «Барону» — так зовут соседского пса.'],
    ['test.kin-alias', 'Внук называет тебя «дядя Саша», и мне смешно.'],
  ])('%s: context in the same sentence counts: %s', (rule, text) => {
    expect(rulesIn(text)).not.toContain(rule);
  });
});
