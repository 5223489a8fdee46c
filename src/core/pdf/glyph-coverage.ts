import { isInvisibleFormat, isLineSeparator } from '../text/invisible.ts';
import type { FontMetrics } from './font-metrics.ts';

// Joiners and modifiers that only make sense next to an emoji or another
// script's letter; if the font lacks them they vanish instead of each
// becoming its own "?".
const isModifier = (cp: number) =>
  cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f) || cp === 0x20e3;

export const REPLACEMENT = '?';

export const codePointLabel = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Replaces characters the font cannot draw (emoji, CJK, other scripts) with
 * "?" so the PDF never shows empty boxes, and reports which code points went.
 * Line breaks become spaces; control codes and invisible format characters vanish;
 * a joined emoji sequence becomes one "?".
 */
export function replaceMissingGlyphs(text: string, metrics: FontMetrics, missing: Set<number>): string {
  let out = '';
  let joined = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp === 0x09 || cp === 0x0a || cp === 0x0d || isLineSeparator(cp)) {
      out += ' ';
      continue;
    }
    // Control codes and invisible format characters (zero-width space, BOM, direction marks,
    // bidi controls) have nothing to draw: they go without a "?" (security-probe #15).
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || isInvisibleFormat(cp)) continue;
    if (metrics.covers(cp)) {
      out += ch;
      joined = false;
      continue;
    }
    missing.add(cp);
    // Uncovered combining marks (a stress accent) vanish: "о́" prints as "о", not "о?".
    if (isModifier(cp) || /\p{M}/u.test(ch)) {
      joined = cp === 0x200d;
      continue;
    }
    if (!joined) out += REPLACEMENT;
    joined = false;
  }
  return out;
}
