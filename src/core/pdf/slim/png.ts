import { unsupported } from './unsupported.ts';

// Stands in for pdf-lib's bundled UPNG: Konvert embeds no images in its PDFs.
const UPNG = {
  decode: (): never => unsupported('Embedding a PNG image'),
  toRGBA8: (): never => unsupported('Embedding a PNG image'),
};
export default UPNG;
