// Layout is in millimetres with the origin at the top-left corner and y going
// down, as on paper and on screen; only the pdf-lib adapter converts to points
// (STYLE.md #5), so an on-screen preview draws exactly what gets printed.

/** Which embedded face a text run uses; the caller supplies bytes for each. */
export type FontId = 'serif' | 'sans';

/** Ink: black for what the writer wrote, dark blue for printed form elements (GOST R 51506 forbids red, yellow, green). */
export type Ink = 'black' | 'blue';

/** What a drawn item means, so tests and a preview can find it (e.g. the stencil strokes). */
export type Role =
  | 'body'
  | 'header'
  | 'page-number'
  | 'sender'
  | 'recipient'
  | 'label'
  | 'rule'
  | 'postcode-box'
  | 'postage'
  | 'stencil-guide'
  | 'stencil-digit'
  | 'cut'
  | 'fold';

export interface TextRun {
  kind: 'text';
  /** Left end of the baseline. */
  x: number;
  y: number;
  text: string;
  font: FontId;
  /** Em size in millimetres (12 pt = 4.233 mm). */
  size: number;
  ink: Ink;
  role: Role;
}

export interface LineItem {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  ink: Ink;
  role: Role;
  /** Dash and gap lengths in mm; solid when absent. */
  dash?: [number, number];
}

export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  width: number;
  ink: Ink;
  role: Role;
  dash?: [number, number];
}

/** Many straight segments stroked at once (a printed pattern, a cut outline): one PDF path, cheap to draw. */
export interface PathItem {
  kind: 'path';
  segments: Array<[number, number, number, number]>;
  width: number;
  ink: Ink;
  role: Role;
  dash?: [number, number];
}

export type LayoutItem = TextRun | LineItem | RectItem | PathItem;

export interface LayoutPage {
  widthMm: number;
  heightMm: number;
  items: LayoutItem[];
}

/** Codes, not prose: the UI and CLI translate them through locales/<lang>/export.json. */
export type PdfWarning =
  | { code: 'pdf-missing-glyphs'; params: { codePoints: string[]; count: number } }
  | { code: 'envelope-text-shrunk'; params: { block: 'sender' | 'recipient'; sizePt: number } }
  | { code: 'envelope-text-overflow'; params: { block: 'sender' | 'recipient'; lines: number } }
  | { code: 'envelope-postcode-missing'; params: { block: 'sender' | 'recipient' } };
