import type { LineItem, PathItem } from './layout-types.ts';

// The postcode stencil of Russian envelopes (GOST R 51506-99, «образец написания
// цифр индекса»). Each digit cell is a 1×2 rectangle split into an upper and a
// lower square. Nine segments: the six outer sides (top, upper-left, upper-right,
// lower-left, lower-right, bottom), the middle bar, and two parallel diagonals
// rising to the right: one across the upper square (top-right → middle-left),
// one across the lower square (middle-right → bottom-left). Digits as printed in
// the sample on Soviet and Russian envelopes: 1 = upper diagonal + right side,
// 2 = top, upper-right, lower diagonal, bottom; 3 = top, upper diagonal, middle,
// lower-right, bottom; 4 = upper-left, middle, right side; 6 and 7 start with the
// upper diagonal; 9 ends with the lower diagonal. The exact shape of 3 is
// reconstructed from memory of the printed sample and is *unverified*.
export type StencilSegment =
  | 'top'
  | 'upperLeft'
  | 'upperRight'
  | 'middle'
  | 'lowerLeft'
  | 'lowerRight'
  | 'bottom'
  | 'upperDiagonal'
  | 'lowerDiagonal';

type Point = readonly [number, number];
const TL: Point = [0, 0];
const TR: Point = [1, 0];
const ML: Point = [0, 1];
const MR: Point = [1, 1];
const BL: Point = [0, 2];
const BR: Point = [1, 2];

/** End points in cell units: x across (0..1), y down (0..2). */
export const SEGMENT_ENDS: Record<StencilSegment, readonly [Point, Point]> = {
  top: [TL, TR],
  upperLeft: [TL, ML],
  upperRight: [TR, MR],
  middle: [ML, MR],
  lowerLeft: [ML, BL],
  lowerRight: [MR, BR],
  bottom: [BL, BR],
  upperDiagonal: [TR, ML],
  lowerDiagonal: [MR, BL],
};

export const ALL_SEGMENTS = Object.keys(SEGMENT_ENDS) as StencilSegment[];

export const DIGIT_SEGMENTS: Record<string, readonly StencilSegment[]> = {
  '0': ['top', 'upperLeft', 'upperRight', 'lowerLeft', 'lowerRight', 'bottom'],
  '1': ['upperDiagonal', 'upperRight', 'lowerRight'],
  '2': ['top', 'upperRight', 'lowerDiagonal', 'bottom'],
  '3': ['top', 'upperDiagonal', 'middle', 'lowerRight', 'bottom'],
  '4': ['upperLeft', 'middle', 'upperRight', 'lowerRight'],
  '5': ['top', 'upperLeft', 'middle', 'lowerRight', 'bottom'],
  '6': ['upperDiagonal', 'lowerLeft', 'middle', 'lowerRight', 'bottom'],
  '7': ['top', 'upperDiagonal', 'lowerLeft'],
  '8': ['top', 'upperLeft', 'upperRight', 'middle', 'lowerLeft', 'lowerRight', 'bottom'],
  '9': ['top', 'upperLeft', 'upperRight', 'middle', 'lowerDiagonal'],
};

/** Cell geometry in mm: a 5×10 mm digit on a 9 mm pitch (DOMAIN.md §3). */
export const STENCIL = { cellWidth: 5, cellHeight: 10, pitch: 9, stroke: 0.8, guide: 0.15 } as const;

/** Top-left corner of the first cell, in mm on the envelope face. */
export interface StencilOrigin {
  x: number;
  y: number;
}

function segmentLine(cell: number, seg: StencilSegment, origin: StencilOrigin): [number, number, number, number] {
  const [[ax, ay], [bx, by]] = SEGMENT_ENDS[seg];
  const x0 = origin.x + cell * STENCIL.pitch;
  const u = STENCIL.cellWidth;
  const v = STENCIL.cellHeight / 2;
  return [x0 + ax * u, origin.y + ay * v, x0 + bx * u, origin.y + by * v];
}

/** The faint printed pattern (all nine segments, dotted) for six cells. */
export function stencilGuide(origin: StencilOrigin): PathItem {
  const segments: PathItem['segments'] = [];
  for (let cell = 0; cell < 6; cell++) for (const seg of ALL_SEGMENTS) segments.push(segmentLine(cell, seg, origin));
  return { kind: 'path', segments, width: STENCIL.guide, ink: 'blue', role: 'stencil-guide', dash: [0.4, 0.6] };
}

/** The postcode drawn over the pattern in solid strokes, as a writer fills it in by hand. */
export function stencilDigits(postcode: string, origin: StencilOrigin): LineItem[] {
  if (!/^\d{6}$/.test(postcode)) throw new RangeError(`A Russian postcode has six digits: ${postcode}`);
  return [...postcode].flatMap((digit, cell) =>
    (DIGIT_SEGMENTS[digit] ?? []).map((seg): LineItem => {
      const [x1, y1, x2, y2] = segmentLine(cell, seg, origin);
      return { kind: 'line', x1, y1, x2, y2, width: STENCIL.stroke, ink: 'black', role: 'stencil-digit' };
    }),
  );
}

/**
 * Reads digits back from strokes (mm, any direction): the inverse of
 * `stencilDigits`, used to prove what a PDF really shows. Unknown shapes read as "?".
 */
export function decodeStencil(strokes: Array<[number, number, number, number]>, origin: StencilOrigin, tolerance = 0.3): string {
  const cells = Array.from({ length: 6 }, () => new Set<StencilSegment>());
  for (const [x1, y1, x2, y2] of strokes) {
    for (let cell = 0; cell < 6; cell++)
      for (const seg of ALL_SEGMENTS) {
        const [a, b, c, d] = segmentLine(cell, seg, origin);
        const same = (p: number, q: number) => Math.abs(p - q) <= tolerance;
        if ((same(x1, a) && same(y1, b) && same(x2, c) && same(y2, d)) || (same(x1, c) && same(y1, d) && same(x2, a) && same(y2, b)))
          cells[cell]?.add(seg);
      }
  }
  return cells
    .map((set) => {
      const key = [...set].sort().join(',');
      const hit = Object.entries(DIGIT_SEGMENTS).find(([, segs]) => [...segs].sort().join(',') === key);
      return hit ? hit[0] : '?';
    })
    .join('');
}
