import { describe, expect, it } from 'vitest';
import { checkLetter } from '../../core/checker/index.ts';
import { liveFindings, pieceStarts } from './live-findings.ts';

const letter = [
  'Здравствуйте, Андрей!',
  '',
  'Меня зовут Jane, я живу в London. Я слежу за вашим уголовным делом и знаю,',
  'что суд был несправедливым. Нет войне!',
  'Позвоните мне: 8 916 123-45-67.',
  '',
  'Всего доброго!',
].join('\n');

describe('pieceStarts', () => {
  it('cuts after blank lines and after lines that end a sentence, never inside one', () => {
    const pieces = pieceStarts(letter).map((s, i, all) => letter.slice(s, all[i + 1] ?? letter.length));
    expect(pieces.join('')).toBe(letter);
    expect(pieces.some((p) => p.includes('знаю,\nчто суд'))).toBe(true);
  });
});

describe('liveFindings', () => {
  it('finds what the full check finds, at the same places', () => {
    const key = (f: { start: number; end: number; rule: string }) => `${f.start}-${f.end}-${f.rule}`;
    expect(liveFindings(letter, 'en').map(key).sort()).toEqual(checkLetter(letter, { lang: 'en' }).map(key).sort());
  });

  it('gives the same answer after an edit as a fresh check of the edited letter', () => {
    liveFindings(letter, 'en');
    const edited = letter.replace('Нет войне!', 'Привет!');
    expect(liveFindings(edited, 'en')).toEqual(liveFindings(edited, 'en'));
    expect(liveFindings(edited, 'en').length).toBe(checkLetter(edited, { lang: 'en' }).length);
  });
});
