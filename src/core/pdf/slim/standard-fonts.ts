import { unsupported } from './unsupported.ts';

// Stands in for pdf-lib's standard-fonts package: the 14 standard PDF fonts' metrics
// (about 150 KB) go; Konvert embeds its own fonts. The encodings stay, because
// pdf-lib's text extraction reads them when it loads.
// @ts-expect-error pdf-lib's internal module has no type declarations at this path.
export { Encodings } from '@cantoo/pdf-lib/es/packages/standard-fonts/Encoding.js';

export enum FontNames {
  Courier = 'Courier',
  CourierBold = 'Courier-Bold',
  CourierOblique = 'Courier-Oblique',
  CourierBoldOblique = 'Courier-BoldOblique',
  Helvetica = 'Helvetica',
  HelveticaBold = 'Helvetica-Bold',
  HelveticaOblique = 'Helvetica-Oblique',
  HelveticaBoldOblique = 'Helvetica-BoldOblique',
  TimesRoman = 'Times-Roman',
  TimesRomanBold = 'Times-Bold',
  TimesRomanItalic = 'Times-Italic',
  TimesRomanBoldItalic = 'Times-BoldItalic',
  Symbol = 'Symbol',
  ZapfDingbats = 'ZapfDingbats',
}

export class Font {
  static load(name: string): never {
    return unsupported(`The standard PDF font ${name}`);
  }
}
