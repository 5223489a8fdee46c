import type { Letter } from '../../core/letter/index.ts';
import sansUrl from '../../core/pdf/fonts/pt-sans.ttf?url';
import serifUrl from '../../core/pdf/fonts/pt-serif.ttf?url';

// Fetched from the app's own origin on the first export, then kept: the PDF core
// caches the parsed font per byte array, so the same array must be passed each time.
const cache = new Map<string, Promise<Uint8Array>>();

function load(url: string): Promise<Uint8Array> {
  let bytes = cache.get(url);
  if (!bytes) {
    bytes = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`font ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    });
    bytes.catch(() => cache.delete(url));
    cache.set(url, bytes);
  }
  return bytes;
}

export const serifFont = () => load(serifUrl);
export const sansFont = () => load(sansUrl);

let warming: Promise<void> | null = null;

/**
 * Loads the PDF code and the letter's font, and makes the writer's letter once and throws
 * it away, when the export step opens and the browser is idle. The code is then
 * downloaded, compiled and run, and the letter's glyphs read, so the writer's first click
 * costs what the second does. A failure here is silent; the real click reports its own.
 */
export function warmPdf(letter: () => Letter): Promise<void> {
  warming ??= new Promise<void>((resolve) => {
    const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run, 50));
    idle(() => {
      Promise.all([import('../../core/pdf/index.ts'), serifFont()])
        .then(([pdf, serif]) => pdf.createLetterPdf({ letter: letter(), fonts: { serif } }))
        .catch(() => undefined)
        .finally(resolve);
    });
  });
  return warming;
}
