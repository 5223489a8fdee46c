import * as fontkit from '@cantoo/fontkit';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { typographRussian } from '../../src/core/letter/typography.ts';
import { loadFont } from '../../src/core/pdf/index.ts';
import subset from '../../src/core/pdf/fonts/subset.json';
import { sans, serif } from '../pdf/fonts.ts';

// The fonts scripts/make-fonts.mjs cut from the whole PT Sans and PT Serif. The PDF fonts
// must draw every character of their set exactly as the whole font does (same advance,
// so lines break where they did), including all the app's own typography produces.

const whole = (file: string) => {
  const font = fontkit.create(new Uint8Array(readFileSync(`node_modules/@expo-google-fonts/${file}`)));
  if (!('unitsPerEm' in font)) throw new TypeError('not a single font');
  return font;
};

/** Every code point in a CSS-style list: "U+0020-007E,U+00A0". */
function codePoints(list: string): number[] {
  return list.split(',').flatMap((part) => {
    const [from, to = from] = part.replace('U+', '').split('-') as [string, string?];
    const a = parseInt(from, 16);
    const b = parseInt(to, 16);
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
}

describe.each([
  ['PT Serif', serif, 'pt-serif/400Regular/PTSerif_400Regular.ttf'],
  ['PT Sans', sans, 'pt-sans/400Regular/PTSans_400Regular.ttf'],
])('the %s PDF font', (_, bytes, file) => {
  const cut = loadFont(bytes);
  const full = whole(file);

  it('keeps every character of its set that the whole font has, with the same advance width', () => {
    const kept = codePoints(subset.unicodes).filter((cp) => full.hasGlyphForCodePoint(cp));
    expect(kept.length).toBeGreaterThan(400);
    for (const cp of kept) {
      expect(cut.metrics.covers(cp), `U+${cp.toString(16)}`).toBe(true);
      expect(cut.font.glyphForCodePoint(cp)?.advanceWidth).toBe(full.glyphForCodePoint(cp)?.advanceWidth);
    }
    expect(cut.font.unitsPerEm).toBe(full.unitsPerEm);
    expect(cut.metrics.ascent).toBe(full.ascent / full.unitsPerEm);
  });

  it.each([
    ['Russian with the typography pass', typographRussian('Здравствуйте! Читаю "Войну и мир" -- медленно... В г. Самаре, № 5, "внутри "цитаты"". Ёлка, й, ъ.')],
    ['Ukrainian and Belarusian names', 'Ґалина Їжакевич, Євген, Ігор, Ўладзімір'],
    ['an address abroad', 'Łódź, ul. Żółkiewskiego 3; Straße 5, München; Ørsted, København; Şişli, İstanbul; 10 €, 100 ₽'],
    ['a stress mark', 'мо\u0301ре'],
  ])('draws %s', (_, text) => {
    const missing = [...text].filter((ch) => !cut.metrics.covers(ch.codePointAt(0) as number) && !/\s/.test(ch));
    expect(missing).toEqual([]);
  });

  it.each([['Greek', 'αβγ'], ['Chinese', '中文'], ['an emoji', '😀']])('leaves out %s, which prints as "?" with a warning', (_, text) => {
    for (const ch of text) expect(cut.metrics.covers(ch.codePointAt(0) as number)).toBe(false);
  });
});

describe('the UI fonts', () => {
  const css = readFileSync('src/styles/fonts.css', 'utf8');
  const faces = [...css.matchAll(/@font-face \{([^}]*)\}/g)].map((m) => m[1] as string);

  it('are self-hosted WOFF2 files, each limited to a unicode-range and shown with font-display: swap', () => {
    expect(faces.length).toBe(9);
    for (const face of faces) {
      const url = /url\('\.\/(fonts\/[^']+\.woff2)'\) format\('woff2'\)/.exec(face)?.[1];
      expect(url && existsSync(`src/styles/${url}`), face).toBe(true);
      expect(face).toMatch(/unicode-range: U\+/);
      expect(face).toMatch(/font-display: swap;/);
    }
  });

  it('cover Russian and English text with the Cyrillic and Latin files alone', () => {
    const rangeOf = (name: string) => codePoints((new RegExp(`${name}\\.woff2[^}]*unicode-range: ([^;]+);`).exec(css)?.[1] ?? '').replaceAll(' ', ''));
    const cyrillic = new Set(rangeOf('pt-sans-400-cyrillic'));
    const latin = new Set(rangeOf('pt-sans-400-latin'));
    for (const ch of 'Здравствуйте, Андрей Альбертович! Ёлка № 5 — «кавычки» … Hello, world: 0123456789') {
      const cp = ch.codePointAt(0) as number;
      expect(cyrillic.has(cp) || latin.has(cp), ch).toBe(true);
    }
  });
});
