import type { FontMetrics } from './font-metrics.ts';
import type { LayoutItem, PathItem, Role } from './layout-types.ts';
import { breakLines } from './line-break.ts';

export interface Field {
  label: string;
  lines: string[];
}

export interface BlockStyle {
  x: number;
  width: number;
  /** Text em size in mm. */
  size: number;
  role: Role;
}

const LABEL_SIZE = 2.5;
const BOX = { w: 4.5, h: 6.5, gap: 0.8 };

/** Pitch of ruled lines for a text size: room for descenders and a handwritten correction. */
export const pitchFor = (size: number) => size * 1.6;

/** Lines of each field broken to the block width, the first one after its inline label. */
export function breakFields(fields: Field[], style: BlockStyle, metrics: FontMetrics): string[][] {
  const measure = (t: string) => metrics.width(t, style.size);
  return fields.map((f) => {
    const labelW = metrics.width(f.label, LABEL_SIZE) + 2;
    const out: string[] = [];
    f.lines.forEach((text, i) => {
      const first = out.length === 0 && i === 0 ? style.width - labelW : style.width;
      out.push(...breakLines(text, { firstWidth: first, width: style.width, measure }));
    });
    return out.length > 0 ? out : [''];
  });
}

export const indexRowHeight = () => BOX.h + 2;

/**
 * A form block as on a printed Russian envelope: small blue labels ("Кому",
 * "Куда"), the writer's text in black on blue ruled lines, and the postcode
 * in six boxes. `top` is the y of the block's first line box.
 */
export function drawBlock(
  fields: Field[],
  broken: string[][],
  index: { label: string; value: string | null } | null,
  style: BlockStyle,
  top: number,
  metrics: FontMetrics,
): LayoutItem[] {
  const pitch = pitchFor(style.size);
  const items: LayoutItem[] = [];
  const rules: PathItem = { kind: 'path', segments: [], width: 0.2, ink: 'blue', role: 'rule' };
  let y = top;
  fields.forEach((field, f) => {
    const labelW = metrics.width(field.label, LABEL_SIZE) + 2;
    (broken[f] ?? []).forEach((text, i) => {
      const baseline = y + pitch - 1.6;
      if (i === 0) items.push({ kind: 'text', x: style.x, y: baseline, text: field.label, font: 'sans', size: LABEL_SIZE, ink: 'blue', role: 'label' });
      const x = i === 0 ? style.x + labelW : style.x;
      if (text) items.push({ kind: 'text', x, y: baseline, text, font: 'sans', size: style.size, ink: 'black', role: style.role });
      rules.segments.push([x, y + pitch - 0.6, style.x + style.width, y + pitch - 0.6]);
      y += pitch;
    });
  });
  items.push(rules);
  if (!index) return items;
  y += 2;
  const labelW = metrics.width(index.label, LABEL_SIZE) + 2;
  items.push({ kind: 'text', x: style.x, y: y + BOX.h - 1.5, text: index.label, font: 'sans', size: LABEL_SIZE, ink: 'blue', role: 'label' });
  const digits = index.value && /^\d{6}$/.test(index.value) ? [...index.value] : [];
  for (let i = 0; i < 6; i++) {
    const bx = style.x + labelW + i * (BOX.w + BOX.gap);
    items.push({ kind: 'rect', x: bx, y, w: BOX.w, h: BOX.h, width: 0.25, ink: 'blue', role: 'postcode-box' });
    const d = digits[i];
    if (d) {
      const size = 4.2;
      items.push({ kind: 'text', x: bx + (BOX.w - metrics.width(d, size)) / 2, y: y + BOX.h - 1.6, text: d, font: 'sans', size, ink: 'black', role: style.role });
    }
  }
  return items;
}

export function blockHeight(broken: string[][], size: number, withIndex = true): number {
  return broken.reduce((n, lines) => n + lines.length, 0) * pitchFor(size) + (withIndex ? 2 + indexRowHeight() : 0);
}
