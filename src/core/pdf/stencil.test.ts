import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALL_SEGMENTS, DIGIT_SEGMENTS, STENCIL, decodeStencil, stencilDigits, stencilGuide } from './stencil.ts';

const origin = { x: 12, y: 85 };
const strokes = (items: ReturnType<typeof stencilDigits>) => items.map((l): [number, number, number, number] => [l.x1, l.y1, l.x2, l.y2]);

describe('the postcode stencil', () => {
  it('gives every digit a different set of segments', () => {
    const keys = Object.values(DIGIT_SEGMENTS).map((s) => [...s].sort().join());
    expect(new Set(keys).size).toBe(10);
  });

  it.each([
    ['0', 6, false],
    ['1', 3, true],
    ['4', 4, false],
    ['7', 3, true],
    ['8', 7, false],
  ])('draws %s with %i segments (diagonal: %s)', (digit, count, diagonal) => {
    const segs = DIGIT_SEGMENTS[digit] ?? [];
    expect(segs).toHaveLength(count);
    expect(segs.some((s) => s.endsWith('Diagonal'))).toBe(diagonal);
  });

  it('prints the guide as all nine segments in six cells on a 9 mm pitch', () => {
    const guide = stencilGuide(origin).segments;
    expect(guide).toHaveLength(6 * ALL_SEGMENTS.length);
    const lefts = [...new Set(guide.map(([x1, , x2]) => Math.min(x1, x2)))].sort((a, b) => a - b);
    expect(lefts.filter((_, i) => i % 2 === 0).map((x) => x - origin.x)).toEqual([0, 9, 18, 27, 36, 45]);
    expect(Math.max(...guide.map(([, y1, , y2]) => Math.max(y1, y2))) - origin.y).toBe(STENCIL.cellHeight);
    expect(decodeStencil(guide, origin)).toBe('??????');
  });

  it.each(['445023', '601446', '107031', '000000', '999999', '123456', '789012'])('reads %s back from its strokes', (postcode) => {
    expect(decodeStencil(strokes(stencilDigits(postcode, origin)), origin)).toBe(postcode);
  });

  it('reads any postcode back from its strokes, even drawn in reverse', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6}$/), (postcode) => {
        const reversed = strokes(stencilDigits(postcode, origin)).map(([a, b, c, d]): [number, number, number, number] => [c, d, a, b]);
        expect(decodeStencil(reversed, origin)).toBe(postcode);
      }),
    );
  });

  it.each(['12345', '1234567', 'abcdef', ''])('refuses %j, which is not a six-digit postcode', (bad) => {
    expect(() => stencilDigits(bad, origin)).toThrow(RangeError);
  });
});
