import { describe, expect, it } from 'vitest';
import { breakLines } from '../../src/core/pdf/line-break.ts';
import { loadFont } from '../../src/core/pdf/index.ts';
import { translit, translitKeystroke } from '../../src/core/translit/index.ts';
import { serif } from '../pdf/fonts.ts';

// Long unbroken words (security-probe #12) are cut with the same results as before, now in
// linear time; their cost is measured by `node --import tsx scripts/linear-check.ts`, not here.
const { metrics } = loadFont(serif);
const measure = (t: string) => metrics.width(t, 11);
const word = (n: number) => 'абвгдежзик'.repeat(Math.ceil(n / 10)).slice(0, n);

describe('a word wider than many lines', () => {
  it.each([
    ['without hyphenation', false],
    ['with hyphenation', true],
  ])('is cut into lines that each fit, and nothing is lost (%s)', (_name, hyphenate) => {
    const long = word(5_000);
    const lines = breakLines(`Начало ${long} конец`, { firstWidth: 300, width: 400, measure, hyphenate });
    expect(lines.length).toBeGreaterThan(20);
    lines.forEach((l, i) => expect(measure(l)).toBeLessThanOrEqual(i === 0 ? 300 : 400));
    expect(lines.join('').replace(/[- ]/g, '')).toBe(`Начало${long}конец`);
  });

  it('keeps glue: a one-letter word stays with the next', () => {
    const lines = breakLines(`в\u00a0${word(3_000)}`, { firstWidth: 400, width: 400, measure });
    expect(lines[0]?.startsWith('в ')).toBe(true);
  });
});

describe('translit of a very long Latin word', () => {
  it('types key by key to what converting at once gives', () => {
    const latin = 'shchastye'.repeat(400);
    let typed = '';
    for (const key of latin) {
      const edit = translitKeystroke(typed, key);
      typed = typed.slice(0, typed.length - edit.deleteBefore) + edit.insert;
    }
    const once = translit(latin);
    expect(once).toMatch(/^[а-яё]+$/);
    expect(once.startsWith(typed.slice(0, typed.length - 100))).toBe(true);
  });

  it('a pasted run of text with backticks keeps the literal part', () => {
    const edit = translitKeystroke('', `privet \`iPhone\` ${'a'.repeat(5_000)}`);
    expect(edit.insert.startsWith('привет iPhone ')).toBe(true);
  });
});
