import { describe, expect, it } from 'vitest';
import { pieceKeys } from './editor-marks.tsx';

const start = (texts: string[]) => pieceKeys({ texts: [], keys: [], next: 0 }, texts);
const P = 'Здравствуйте! Как вы?\n';
const Q = 'У нас выпал снег.\n';

describe('pieceKeys', () => {
  it.each([
    ['typing in the first piece', [P, '\n', P, '\n', P], ['и' + P, '\n', P, '\n', P]],
    ['a new piece at the top, before repeats', [P, '\n', P, '\n', P], [Q, P, '\n', P, '\n', P]],
    ['a blank line added at the top', [P, '\n', Q, '\n', P], ['\n', P, '\n', Q, '\n', P]],
    ['a piece removed in the middle', [P, '\n', Q, '\n', P], [P, '\n', P]],
    ['two pieces joined', [P, Q, '\n', P], [P.slice(0, -1) + Q, '\n', P]],
    ['typing at the end', [P, '\n', Q], [P, '\n', Q + 'и']],
  ])('keeps the order of the keys it keeps, with no key twice: %s', (_, before, after) => {
    const first = start(before);
    const second = pieceKeys(first, after);
    expect(new Set(second.keys).size).toBe(after.length);
    const kept = second.keys.filter((k) => first.keys.includes(k));
    // The kept keys appear in the same order as before: React has nothing to move.
    expect(kept).toEqual(first.keys.filter((k) => kept.includes(k)));
  });

  it('keeps every key of the pieces an edit did not touch, before and after it', () => {
    const first = start([P, '\n', P, '\n', P]);
    const second = pieceKeys(first, [Q, P, '\n', P, '\n', P]);
    expect(second.keys.slice(1)).toEqual(first.keys);
    const third = pieceKeys(second, [Q + 'и', P, '\n', P, '\n', P]);
    expect(third.keys).toEqual(second.keys);
  });

  it('gives the same keys to the same text again (a render run twice)', () => {
    const first = start([P, '\n', Q]);
    expect(pieceKeys(first, [P, '\n', Q])).toEqual(first);
  });
});
