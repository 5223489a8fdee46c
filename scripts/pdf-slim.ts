import { realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

// pdf-lib and fontkit carry much that Konvert never calls: the 14 standard fonts'
// metrics, a WOFF2 decoder with Brotli's dictionary, SVG, XFA and CSS-colour parsing,
// encryption, PNG decoding and the OpenType shaping engine. This plugin swaps those
// modules for the small stand-ins in src/core/pdf/slim/, which name what is missing if
// ever reached. pdf-lib's API stays as it is. Used by the app build, the CLI bundle
// and the tests alike, so the tests check exactly the code that ships.

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Real paths: Vite reports importers by their real path, so with node_modules behind a symlink
// (a linked worktree, some package managers) the unresolved prefix never matched and every
// stand-in was silently skipped — the PDF chunk doubled (125 -> 251 KB gz) with no error.
const pdfLib = realpathSync(join(root, 'node_modules/@cantoo/pdf-lib/es'));
const fontkitSrc = realpathSync(join(root, 'node_modules/@cantoo/fontkit/src'));
const slim = join(root, 'src/core/pdf/slim');
const stub = (name: string) => join(slim, `${name}.ts`);

/** Bare package names replaced wherever they are imported from. */
const packages: Record<string, string> = {
  '@cantoo/fontkit': stub('fontkit'),
  'node-html-better-parser': stub('html-parser'),
  'html-entities': stub('html-entities'),
  culori: stub('colour-parser'),
};

/** Modules inside pdf-lib and fontkit, by the end of their path, replaced where they are imported. */
const internal: [within: string, pathEnd: RegExp, replacement: string][] = [
  [pdfLib, /\/packages\/standard-fonts\/index\.js$/, stub('standard-fonts')],
  [pdfLib, /\/core\/crypto\.js$/, stub('crypto')],
  [pdfLib, /\/packages\/upng\/index\.js$/, stub('png')],
  [fontkitSrc, /\/layout\/LayoutEngine(\.js)?$/, stub('layout-engine')],
  [fontkitSrc, /\/packages\/unicode-properties\/index\.js$/, stub('unicode-properties')],
];

export function pdfSlim(): Plugin {
  return {
    name: 'konvert-pdf-slim',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source in packages && importer !== packages[source]) return packages[source];
      // The stand-ins reach into the packages' own files, which their export maps do not list.
      if (source.startsWith('@cantoo/fontkit/src/')) return join(fontkitSrc, source.slice('@cantoo/fontkit/src/'.length));
      if (source.startsWith('@cantoo/pdf-lib/es/')) return join(pdfLib, source.slice('@cantoo/pdf-lib/es/'.length));
      if (!importer || !source.startsWith('.')) return null;
      const path = join(dirname(importer), source);
      for (const [within, pathEnd, replacement] of internal) if (importer.startsWith(within) && pathEnd.test(path)) return replacement;
      return null;
    },
  };
}
