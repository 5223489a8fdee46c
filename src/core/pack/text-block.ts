import type { FontMetrics } from '../pdf/font-metrics.ts';
import { replaceMissingGlyphs } from '../pdf/glyph-coverage.ts';
import type { FontId, Ink, LayoutItem, Role } from '../pdf/layout-types.ts';
import { breakLines } from '../pdf/line-break.ts';

export const PT = 25.4 / 72;

/** Sets text into lines of a given width; what the font cannot draw becomes "?" and is reported. */
export class TextSetter {
  readonly items: LayoutItem[] = [];
  readonly missing = new Set<number>();

  constructor(private readonly fonts: Record<FontId, FontMetrics>) {}

  width(text: string, font: FontId, size: number): number {
    return this.fonts[font].width(text, size);
  }

  /** Lines of `text` from (x, y) within `width`; returns the baseline below the last line. */
  paragraph(text: string, at: { x: number; y: number; width: number }, style: { font: FontId; size: number; ink: Ink; role: Role; leading?: number; firstWidth?: number; firstX?: number }): number {
    const metrics = this.fonts[style.font];
    // No-break spaces stay (the locale texts keep «перевод — это» and «ст. 20» together).
    const clean = replaceMissingGlyphs(text, metrics, this.missing).replace(/[^\S\u00a0]+/g, ' ').trim();
    const pitch = style.size * (style.leading ?? 1.35);
    const lines = breakLines(clean, { firstWidth: style.firstWidth ?? at.width, width: at.width, measure: (s) => metrics.width(s, style.size) });
    let y = at.y;
    lines.forEach((line, i) => {
      const x = i === 0 && style.firstX !== undefined ? style.firstX : at.x;
      this.items.push({ kind: 'text', x, y, text: line, font: style.font, size: style.size, ink: style.ink, role: style.role });
      y += pitch;
    });
    return y;
  }
}
