import {
  LineCapStyle,
  PDFDocument,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setDashPattern,
  setLineWidth,
  setStrokingColor,
  stroke,
  type PDFFont,
  type PDFPage,
} from '@cantoo/pdf-lib';
import { cachingFontkit, loadFont } from './font-metrics.ts';
import type { FontId, Ink, LayoutItem, LayoutPage } from './layout-types.ts';
import { mmToPt } from './units.ts';

export interface PdfMetadata {
  title: string;
  subject?: string;
  /** Creation and modification date; fixed by the caller so the same input gives the same bytes. */
  date: Date;
  /**
   * Neutral properties, for a writer at risk: no document information at all (no title or subject
   * naming anyone, no Creator/Producer naming Konvert or pdf-lib, no dates), so a file manager's or
   * viewer's "properties" show nothing. Only the language (ru) stays, for screen readers.
   */
  neutral?: boolean;
}

// Black for the writer's text; a dark blue like the printed form on Russian envelopes.
const INKS: Record<Ink, ReturnType<typeof rgb>> = { black: rgb(0, 0, 0), blue: rgb(0.1, 0.16, 0.38) };

// pdffonts and other tools recognise a subset by a six-capital tag before the
// name (PDF 32000 §9.6.4); derived from the characters used, so identical
// input gives identical output.
function subsetTag(text: string): string {
  let h = 2166136261;
  for (const ch of new Set(text)) h = Math.imul(h ^ (ch.codePointAt(0) as number), 16777619);
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + ((h >>> 0) % 26));
    h = Math.imul(h ^ i, 16777619) >>> 0;
  }
  return tag;
}

function drawItem(page: PDFPage, item: LayoutItem, fonts: Map<FontId, PDFFont>, heightMm: number) {
  const y = (mm: number) => mmToPt(heightMm - mm);
  const color = INKS[item.ink];
  const dashArray = item.kind !== 'text' && item.dash ? item.dash.map(mmToPt) : undefined;
  if (item.kind === 'text') {
    const font = fonts.get(item.font);
    if (!font || item.text.length === 0) return;
    page.drawText(item.text, { x: mmToPt(item.x), y: y(item.y), size: mmToPt(item.size), font, color });
  } else if (item.kind === 'line') {
    page.drawLine({
      start: { x: mmToPt(item.x1), y: y(item.y1) },
      end: { x: mmToPt(item.x2), y: y(item.y2) },
      thickness: mmToPt(item.width),
      color,
      dashArray,
      lineCap: item.role === 'stencil-digit' ? LineCapStyle.Round : undefined,
    });
  } else if (item.kind === 'path') {
    page.pushOperators(
      pushGraphicsState(),
      setStrokingColor(color),
      setLineWidth(mmToPt(item.width)),
      setDashPattern(dashArray ?? [], 0),
      ...item.segments.flatMap(([x1, y1, x2, y2]) => [moveTo(mmToPt(x1), y(y1)), lineTo(mmToPt(x2), y(y2))]),
      stroke(),
      popGraphicsState(),
    );
  } else {
    page.drawRectangle({
      x: mmToPt(item.x),
      y: y(item.y + item.h),
      width: mmToPt(item.w),
      height: mmToPt(item.h),
      borderWidth: mmToPt(item.width),
      borderColor: color,
      borderDashArray: dashArray,
    });
  }
}

/** The pdf-lib boundary: draws laid-out pages (mm) into a PDF with subset-embedded fonts. */
export async function renderPdf(pages: LayoutPage[], fontBytes: Partial<Record<FontId, Uint8Array>>, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(cachingFontkit());
  const used = new Map<FontId, string>();
  for (const page of pages)
    for (const item of page.items) if (item.kind === 'text') used.set(item.font, (used.get(item.font) ?? '') + item.text);
  const fonts = new Map<FontId, PDFFont>();
  for (const [id, text] of used) {
    const bytes = fontBytes[id];
    if (!bytes) throw new Error(`No font bytes for "${id}"`);
    const name = loadFont(bytes).font.postscriptName || 'Font';
    fonts.set(id, await doc.embedFont(bytes, { subset: true, customName: `${subsetTag(text)}+${name}` }));
  }
  for (const layout of pages) {
    const page = doc.addPage([mmToPt(layout.widthMm), mmToPt(layout.heightMm)]);
    for (const item of layout.items) drawItem(page, item, fonts, layout.heightMm);
  }
  doc.setLanguage('ru');
  // Created with updateMetadata off, pdf-lib writes no Info dictionary of its own (by default it
  // would add Creator/Producer naming pdf-lib and its repository, and the current time).
  if (!meta.neutral) {
    doc.setTitle(meta.title, { showInWindowTitleBar: true });
    if (meta.subject) doc.setSubject(meta.subject);
    doc.setCreator('Konvert');
    doc.setProducer('Konvert');
    doc.setCreationDate(meta.date);
    doc.setModificationDate(meta.date);
  }
  return doc.save({ useObjectStreams: true });
}
