import { unsupported } from './unsupported.ts';

// Stands in for fontkit's layout engine (OpenType and AAT shaping, script tables):
// Konvert lays out its own lines and maps characters straight to glyphs.
export default class LayoutEngine {
  constructor() {
    unsupported('OpenType text shaping');
  }
}
