import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { translit, translitKeystroke } from './index.ts';
import fixture from './translit.fixture.json';
import heldOut from './held-out.fixture.json';
import heldOut2 from './held-out-2.fixture.json';

const typeKeyByKey = (text: string) => {
  let out = '';
  for (const key of text) {
    const edit = translitKeystroke(out, key);
    out = out.slice(0, out.length - edit.deleteBefore) + edit.insert;
  }
  return out;
};

describe('translit', () => {
  it.each(fixture.cases.map(([latin = '', cyrillic = '', why = '']) => ({ latin, cyrillic, why })))(
    'turns $latin into $cyrillic ($why)',
    ({ latin, cyrillic }) => {
      expect(translit(latin)).toBe(cyrillic);
    },
  );

  it('has a fixture table of at least 100 words and sentences', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(100);
  });

  it.each([
    { set: 'held-out set 1', sentences: heldOut.sentences },
    { set: 'held-out set 2', sentences: heldOut2.sentences },
  ])('gets most sentences of $set exactly right', ({ set, sentences }) => {
    const right = sentences.filter((s) => translit(s.latin) === s.expected).length;
    // Reported, not tuned: the sentences were written before the converter was run on them.
    console.info(`translit ${set}: ${right}/${sentences.length} exactly right`);
    expect(right / sentences.length).toBeGreaterThanOrEqual(0.75);
  });

  it('leaves empty text, digits and Cyrillic alone', () => {
    expect(translit('')).toBe('');
    expect(translit('12:30, 5%')).toBe('12:30, 5%');
    expect(translit('уже кириллица')).toBe('уже кириллица');
  });

  it('keeps an unclosed backtick and what follows it as typed', () => {
    expect(translit('vot `iPh')).toBe('вот `iPh');
  });

  it('keeps a quote before a word, but reads a quote after a word as the soft sign (documented limit)', () => {
    expect(translit("'privet'")).toBe("'приветь");
  });
});

describe('translitKeystroke', () => {
  it.each([
    { before: 'с', key: 'h', deleteBefore: 1, insert: 'ш' },
    { before: 'шц', key: 'h', deleteBefore: 2, insert: 'щ' },
    { before: 'Ц', key: 'h', deleteBefore: 1, insert: 'Ч' },
    { before: 'мо', key: 'y', deleteBefore: 0, insert: 'й' },
    { before: 'т', key: 'y', deleteBefore: 0, insert: 'ы' },
    { before: 'теды', key: 'a', deleteBefore: 1, insert: 'я' },
    { before: 'учицы', key: 'a', deleteBefore: 2, insert: 'тся' },
    { before: 'Мариа', key: ' ', deleteBefore: 1, insert: 'я ' },
    { before: 'у меня `iPhone', key: '`', deleteBefore: 7, insert: 'iPhone' },
    { before: 'вот `i', key: 'P', deleteBefore: 0, insert: 'P' },
    { before: 'письм', key: '1', deleteBefore: 0, insert: '1' },
  ])('after "$before", key "$key" deletes $deleteBefore and inserts "$insert"', ({ before, key, deleteBefore, insert }) => {
    expect(translitKeystroke(before, key)).toEqual({ deleteBefore, insert });
  });

  it('handles several characters at once, as a paste does', () => {
    expect(translitKeystroke('с', 'hchi ')).toEqual({ deleteBefore: 1, insert: 'щи ' });
  });

  it('writes the soft sign in capitals inside a word typed in capitals', () => {
    expect(translit("SCHAST'E")).toBe('СЧАСТЬЕ');
  });

  it('typed key by key and closed with a space, always equals converting the whole text', () => {
    const alphabet = fc.constantFrom(...'abcdeghijklmnoprstuvwxyzSHCYAE\'#` .,-1'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (keys) => {
        const text = `${keys.join('')} `;
        expect(typeKeyByKey(text)).toBe(translit(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with whole-text conversion on every fixture sentence', () => {
    for (const [latin = ''] of fixture.cases) expect(typeKeyByKey(`${latin} `)).toBe(translit(`${latin} `));
  });
});
