import { describe, expect, it } from 'vitest';
import { phrases, phrasesFor } from './phrasebook.ts';
import { SITUATION_NEEDS, fitsSituation, situationAllows, writingSituation, type SituationNeed, type WritingSituation } from './situation.ts';
import { templates, templatesFor } from './templates.ts';

const situations: Array<[string, WritingSituation]> = [
  ['unknown', {}],
  ['paper from Russia', { channel: 'paper', abroad: false }],
  ['paper from abroad', { channel: 'paper', abroad: true }],
  ['F-pismo from Russia', { channel: 'fpismo', abroad: false }],
  ['F-pismo from abroad', { channel: 'fpismo', abroad: true }],
];

// Words that claim something is put in the envelope, or paid for on F-pismo.
const ENCLOSES = /приклад|вклад|конверт с|марк[аиой]|бланк[а-я]* (?:для )?ответа/i;

describe('situationAllows', () => {
  it.each<[SituationNeed, boolean[]]>([
    // unknown, paper RU, paper abroad, F-pismo RU, F-pismo abroad
    ['paper', [true, true, true, false, false]],
    ['fpismo', [true, false, false, true, true]],
    ['abroad', [true, false, true, false, true]],
    ['in-russia', [true, true, false, true, false]],
    ['enclosure', [false, true, true, false, false]],
    ['russian-stamps', [false, true, false, false, false]],
  ])('%s is met in %j', (need, expected) => {
    expect(situations.map(([, s]) => situationAllows(need, s))).toEqual(expected);
  });
});

describe('the data names what each text assumes', () => {
  it.each([...templates, ...phrases].map((x) => ({ id: x.id, x })))('$id uses only known needs', ({ x }) => {
    for (const need of x.requires ?? []) expect(SITUATION_NEEDS).toContain(need);
  });

  it('claims an enclosure or a paid reply form only in texts that require one', () => {
    for (const x of [...templates, ...phrases]) {
      if (!ENCLOSES.test(x.text.ru)) continue;
      expect(x.requires ?? [], x.id).toEqual(expect.arrayContaining([expect.stringMatching(/^(enclosure|russian-stamps|fpismo)$/)]));
    }
  });
});

describe('templatesFor and phrasesFor', () => {
  it.each(situations)('offer only texts that fit: %s', (_, s) => {
    for (const t of templatesFor(s)) expect(fitsSituation(t, s)).toBe(true);
    for (const p of phrasesFor(s)) expect(fitsSituation(p, s)).toBe(true);
  });

  it('offers the stamped reply envelope only on paper from inside Russia', () => {
    const envelope = (s: WritingSituation) => phrasesFor(s).some((p) => /чистый лист и конверт с марками/.test(p.text.ru));
    expect(situations.map(([, s]) => envelope(s))).toEqual([false, true, false, false, false]);
  });

  it('offers the paid F-pismo reply form only when the letter may go through F-pismo', () => {
    const form = (s: WritingSituation) => phrasesFor(s).some((p) => /бланк для ответа/.test(p.text.ru));
    expect(situations.map(([, s]) => form(s))).toEqual([true, false, false, true, true]);
  });

  it('keeps the postcard template off an e-letter and the letter from abroad off a writer in Russia', () => {
    expect(templatesFor({ channel: 'fpismo' }).map((t) => t.id)).not.toContain('postcard');
    expect(templatesFor({ abroad: false }).map((t) => t.id)).not.toContain('from-abroad');
    expect(templatesFor({}).map((t) => t.id)).toEqual(expect.arrayContaining(['postcard', 'from-abroad', 'first-letter']));
  });
});

describe('writingSituation', () => {
  it.each<[string, { abroad: boolean; address: string }, 'paper' | 'fpismo' | undefined, WritingSituation]>([
    ['nothing told yet', { abroad: false, address: '' }, undefined, { abroad: null, channel: null }],
    ['an address typed, not abroad', { abroad: false, address: 'г. Самара, ул. Ленина, д. 5' }, 'paper', { abroad: false, channel: 'paper' }],
    ['abroad ticked, no address yet', { abroad: true, address: '' }, 'fpismo', { abroad: true, channel: 'fpismo' }],
    ['only spaces typed', { abroad: false, address: '  \n ' }, undefined, { abroad: null, channel: null }],
  ])('%s', (_, sender, channel, expected) => {
    expect(writingSituation(sender, channel)).toEqual(expected);
  });

  it('offers the stamped reply envelope once a writer in Russia says the letter goes on paper', () => {
    const inRussia = { abroad: false, address: 'г. Самара, ул. Ленина, д. 5' };
    const ids = (channel?: 'paper' | 'fpismo') => phrasesFor(writingSituation(inRussia, channel)).map((p) => p.id);
    expect(ids('paper')).toContain('sign-offs-18');
    expect(ids()).not.toContain('sign-offs-18');
    expect(ids('fpismo')).not.toContain('sign-offs-18');
    expect(phrasesFor(writingSituation({ abroad: true, address: 'Berlin' }, 'paper')).map((p) => p.id)).not.toContain('sign-offs-18');
  });
});
