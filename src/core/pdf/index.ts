// Entry point for lazy loading (`await import('.../core/pdf/index.ts')`): no
// top-level side effects; fonts are parsed on first use and cached.
export type { FontId, Ink, LayoutItem, LayoutPage, LineItem, RectItem, Role, TextRun, PdfWarning } from './layout-types.ts';
export { mmToPt, ptToMm, A4 } from './units.ts';
export { loadFont, type FontMetrics } from './font-metrics.ts';
export { replaceMissingGlyphs } from './glyph-coverage.ts';
export { breakLines, type BreakOptions } from './line-break.ts';
export { layoutLetter, type LetterLayout, type LetterLayoutOptions } from './letter-layout.ts';
export { createLetterPdf, documentDate, type LetterPdfInput, type PdfResult } from './letter-pdf.ts';
export { ENVELOPE_SIZES, ENVELOPE_FORMATS, isEnvelopeFormat, type EnvelopeFormat, type EnvelopeParty } from './envelope-formats.ts';
export { layoutEnvelopeFace, type EnvelopeParties, type FaceLayout } from './envelope-layout.ts';
export { layoutEnvelopeSheet, type SheetLayout } from './envelope-sheet.ts';
export { createEnvelopePdf, layoutEnvelopePage, letterEnvelope, replyEnvelope, type EnvelopePdfInput, type EnvelopeSpec, type PartyForms } from './envelope-pdf.ts';
export { STENCIL, DIGIT_SEGMENTS, SEGMENT_ENDS, stencilDigits, stencilGuide, decodeStencil, type StencilSegment } from './stencil.ts';
export { renderPdf, type PdfMetadata } from './render-pdf.ts';
