// Makes the fonts the app ships from the whole PT Sans and PT Serif in node_modules
// (@expo-google-fonts), and writes src/styles/fonts.css to match. Its output is
// committed; run it again only to change a character set:
//   apt-get install fonttools python3-brotli   (Debian's fontTools: pyftsubset)
//   node scripts/make-fonts.mjs
// - The UI fonts: WOFF2, one file per face and script (Latin, Latin accents, Cyrillic,
//   the ranges Google Fonts uses), so that a browser fetches only what the page's text
//   needs (unicode-range). Without hinting instructions, which are most of PT's bytes.
// - The PDF fonts: TrueType cut to src/core/pdf/fonts/subset.json, without hinting (no
//   use in print) and without OpenType layout tables (text reaches the PDF laid out).
//   pdf-lib still embeds a subset of these per document, with only the glyphs used.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const source = 'node_modules/@expo-google-fonts';
const uiDir = 'src/styles/fonts';
const pdfDir = 'src/core/pdf/fonts';

const scripts = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
};
// The faces the UI's styles use (src/styles/app.css): PT Sans regular and bold, PT Serif regular.
const faces = [
  { family: 'PT Sans', weight: 400, file: 'pt-sans/400Regular/PTSans_400Regular.ttf', name: 'pt-sans-400' },
  { family: 'PT Sans', weight: 700, file: 'pt-sans/700Bold/PTSans_700Bold.ttf', name: 'pt-sans-700' },
  { family: 'PT Serif', weight: 400, file: 'pt-serif/400Regular/PTSerif_400Regular.ttf', name: 'pt-serif-400' },
];
const pdfFonts = [
  { file: 'pt-serif/400Regular/PTSerif_400Regular.ttf', out: 'pt-serif.ttf' },
  { file: 'pt-sans/400Regular/PTSans_400Regular.ttf', out: 'pt-sans.ttf' },
];

const subset = (file, args) => execFileSync('pyftsubset', [join(source, file), '--no-hinting', ...args], { stdio: 'inherit' });

try {
  execFileSync('pyftsubset', ['--help'], { stdio: 'ignore' });
} catch {
  console.error('pyftsubset not found: apt-get install fonttools python3-brotli');
  process.exit(1);
}

const { unicodes } = JSON.parse(readFileSync(join(pdfDir, 'subset.json'), 'utf8'));
for (const font of pdfFonts) subset(font.file, [`--unicodes=${unicodes}`, '--layout-features=', `--output-file=${join(pdfDir, font.out)}`]);

const css = ['/* Made by scripts/make-fonts.mjs: self-hosted WOFF2 subsets; the browser fetches a file only when the page has characters in its unicode-range. */'];
for (const face of faces) {
  for (const [script, range] of Object.entries(scripts)) {
    const out = `${face.name}-${script}.woff2`;
    subset(face.file, [`--unicodes=${range}`, '--flavor=woff2', `--output-file=${join(uiDir, out)}`]);
    css.push(
      `@font-face {\n  font-family: '${face.family}';\n  font-style: normal;\n  font-weight: ${face.weight};\n  font-display: swap;\n  src: url('./fonts/${out}') format('woff2');\n  unicode-range: ${range.replaceAll(',', ', ')};\n}`,
    );
  }
}
writeFileSync('src/styles/fonts.css', `${css.join('\n')}\n`);
