import * as fontkit from '@cantoo/fontkit';
import type { Font } from '@cantoo/fontkit';

/** What layout needs from a font: advance widths and glyph coverage, in em units. */
export interface FontMetrics {
  /** Width of `text` set at em size `size` (mm). */
  width(text: string, size: number): number;
  covers(codePoint: number): boolean;
  /** Ascender height as a fraction of the em. */
  ascent: number;
}

export interface LoadedFont {
  font: Font;
  metrics: FontMetrics;
}

// Parsing a TTF costs tens of milliseconds; the same bytes are reused across
// documents (the CLI batch, the bench, the UI re-rendering a preview).
const cache = new WeakMap<Uint8Array, LoadedFont>();

export function loadFont(bytes: Uint8Array): LoadedFont {
  const hit = cache.get(bytes);
  if (hit) return hit;
  const created = fontkit.create(bytes);
  if (!('unitsPerEm' in created)) throw new TypeError('Expected a single font, got a collection');
  const font = created;
  // pdf-lib asks fontkit to lay out every string it draws (OpenType shaping: ligatures,
  // contextual forms). Konvert's lines are already laid out from each character's own
  // advance, so each character maps straight to its glyph: what prints is what was
  // measured ("fi" stays two letters), and the shaping engine is left out of the PDF
  // code altogether (src/core/pdf/slim/).
  Object.defineProperty(font, 'layout', {
    value: (text: string) => ({ glyphs: Array.from(text, (ch) => font.glyphForCodePoint(ch.codePointAt(0) as number)) }),
  });
  const advance = new Map<number, number>();
  const advanceOf = (cp: number): number => {
    let a = advance.get(cp);
    if (a === undefined) {
      a = (font.glyphForCodePoint(cp)?.advanceWidth ?? 0) / font.unitsPerEm;
      advance.set(cp, a);
    }
    return a;
  };
  const metrics: FontMetrics = {
    width(text, size) {
      let sum = 0;
      for (const ch of text) sum += advanceOf(ch.codePointAt(0) as number);
      return sum * size;
    },
    covers: (cp) => font.hasGlyphForCodePoint(cp),
    ascent: font.ascent / font.unitsPerEm,
  };
  const loaded = { font, metrics };
  cache.set(bytes, loaded);
  return loaded;
}

/** A fontkit stand-in for pdf-lib that hands back the already parsed font. */
export function cachingFontkit(): { create(data: Uint8Array): Font } {
  return { create: (data) => loadFont(data).font };
}
