import { unsupported } from './unsupported.ts';

// Stands in for culori, which pdf-lib uses to read CSS colour strings (in SVG and
// colorString()); Konvert passes colours as rgb() values.
export function converter(): (colour: unknown) => never {
  return () => unsupported('Parsing a CSS colour string');
}
