import { describe, expect, it } from 'vitest';
import extra from './fixtures/letters.extra.json';
import blind from './fixtures/letters.blind.json';
import { chunkEnd, findHits } from './index.ts';
import type { LabelledLetter } from './score.ts';

// findHits checks long texts a few paragraphs at a time; every rule stays inside its
// sentence, so the findings must be exactly those of each letter checked on its own.
const letters = [...(extra as LabelledLetter[]), ...(blind as LabelledLetter[])].map((l) => l.sentences.map(([s]) => s).join(' '));

describe('checking a long text in chunks', () => {
  it('finds what checking each letter alone finds, at the same offsets', () => {
    let text = '';
    const expected = [];
    for (let round = 0; round < 4; round++) {
      for (const letter of letters) {
        if (text) text += '\n\n';
        const offset = text.length;
        for (const h of findHits(letter)) expected.push({ ...h, start: h.start + offset, end: h.end + offset });
        text += letter;
      }
    }
    expect(text.length).toBeGreaterThan(20_000);
    expect(findHits(text)).toEqual(expected);
  });

  it.each([
    ['a line break', `${'Мы гуляли в парке. '.repeat(300)}\n${'Потом пошли домой. '.repeat(300)}`],
    ['a sentence end', 'Мы гуляли в парке у самой реки. '.repeat(400)],
    ['a space when there is no sentence end', 'слово '.repeat(2000)],
  ])('ends a chunk at %s', (_name, text) => {
    const end = chunkEnd(text, 0);
    expect(end).toBeGreaterThan(1000);
    expect(end).toBeLessThan(text.length);
    expect(/[\s]$/.test(text.slice(0, end))).toBe(true);
  });
});
