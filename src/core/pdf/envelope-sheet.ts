import { ENVELOPE_SIZES } from './envelope-formats.ts';
import { layoutEnvelopeFace, shiftItems, type EnvelopeParties, type FaceLayout } from './envelope-layout.ts';
import type { FontMetrics } from './font-metrics.ts';
import type { LayoutItem, LayoutPage } from './layout-types.ts';
import { A4 } from './units.ts';

// A C6 envelope net on A4 portrait: closing flap on top, the address face,
// side flaps left and right of the face, the back panel below it. Cut along
// the solid outline, fold on the dashed lines: side flaps in, back panel up,
// glue it to the side flaps, then the closing flap over the back.
const FACE = { x: 24, y: 48, ...ENVELOPE_SIZES.C6 };
const FLAP = { top: 40, side: 14, taper: 8, topTaper: 15 };

export interface SheetLayout {
  page: LayoutPage;
  face: FaceLayout;
  /** Offset of the face on the sheet. */
  faceOrigin: { x: number; y: number };
}

export function layoutEnvelopeSheet(parties: EnvelopeParties, metrics: FontMetrics): SheetLayout {
  const face = layoutEnvelopeFace(parties, FACE.widthMm, FACE.heightMm, metrics);
  const { x, y } = FACE;
  const r = x + FACE.widthMm;
  const b = y + FACE.heightMm;
  const back = b + FACE.heightMm;
  const outline: Array<[number, number]> = [
    [x, y], [x + FLAP.topTaper, y - FLAP.top], [r - FLAP.topTaper, y - FLAP.top], [r, y],
    [r + FLAP.side, y + FLAP.taper], [r + FLAP.side, b - FLAP.taper], [r, b],
    [r, back], [x, back], [x, b],
    [x - FLAP.side, b - FLAP.taper], [x - FLAP.side, y + FLAP.taper], [x, y],
  ];
  const cut = outline.slice(1).map((p, i): [number, number, number, number] => [...(outline[i] as [number, number]), ...p]);
  const folds: Array<[number, number, number, number]> = [[x, y, r, y], [r, y, r, b], [x, b, r, b], [x, y, x, b]];
  const items: LayoutItem[] = [
    { kind: 'path', segments: cut, width: 0.3, ink: 'black', role: 'cut' },
    { kind: 'path', segments: folds, width: 0.25, ink: 'blue', role: 'fold', dash: [2, 1.5] },
  ];
  const notes = ['Вырежьте по сплошной линии, согните по пунктирной.', 'Боковые клапаны загните внутрь, нижнюю часть приклейте к ним, верхний клапан — поверх.'];
  notes.forEach((text, i) =>
    items.push({ kind: 'text', x: (A4.widthMm - metrics.width(text, 3)) / 2, y: back + 8 + i * 4.5, text, font: 'sans', size: 3, ink: 'blue', role: 'label' }),
  );
  items.push(...shiftItems(face.items, x, y));
  return { page: { widthMm: A4.widthMm, heightMm: A4.heightMm, items }, face, faceOrigin: { x, y } };
}
