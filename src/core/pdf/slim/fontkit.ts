// fontkit as Konvert uses it: TrueType fonts only (PT Serif and PT Sans), built from
// fontkit's own sources so that what goes unused can be left out: WOFF, WOFF2 (and its
// Brotli decoder), font collections and the OpenType shaping engine with its Unicode
// tables. Text reaches pdf-lib already laid out (font-metrics.ts maps characters
// straight to glyphs), so shaping is never needed. scripts/pdf-slim.ts points
// '@cantoo/fontkit' here in the app, the CLI bundle and the tests.
// @ts-expect-error fontkit's sources have no type declarations; the API is fontkit's own.
import { create, registerFormat } from '@cantoo/fontkit/src/base.js';
// @ts-expect-error as above
import TTFFont from '@cantoo/fontkit/src/TTFFont.js';

registerFormat(TTFFont);

export { create };
