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
