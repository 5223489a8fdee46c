import { formatRussianDate } from '../letter/russian-date.ts';
import { typographRussian } from '../letter/typography.ts';
import type { Letter } from '../letter/types.ts';
import type { FontMetrics } from './font-metrics.ts';
import { replaceMissingGlyphs, codePointLabel } from './glyph-coverage.ts';
import type { LayoutPage, PdfWarning, Role, TextRun } from './layout-types.ts';
import { breakLines } from './line-break.ts';
import { flowLines, paginate, type FlowBlock } from './paginate.ts';
import { A4 } from './units.ts';

export interface LetterLayoutOptions {
  /** Syllable hyphenation of the body (off by default: ragged right reads fine without it). */
  hyphenate?: boolean;
  /** Body em size in mm; 12 pt by default. */
  bodySize?: number;
}

// A4 with a wider left margin (ГОСТ Р 7.0.97 gives 20 mm minimum; the extra
// room keeps text clear of a censor's stamp or a binder's holes).
const MARGIN = { top: 20, bottom: 22, left: 25, right: 20 };
const PT = 25.4 / 72;
const INDENT = 10;
const HEADER_X = 115;
const LEADING = 1.45;

interface LineData {
  text: string;
  x: number;
  role: Role;
  size: number;
}

export interface LetterLayout {
  pages: LayoutPage[];
  warnings: PdfWarning[];
}

/** Lays a letter out on A4 pages, in millimetres, with Russian typography and widow/orphan control. */
export function layoutLetter(letter: Letter, metrics: FontMetrics, opts: LetterLayoutOptions = {}): LetterLayout {
  const size = opts.bodySize ?? 12 * PT;
  const pitch = size * LEADING;
  const right = A4.widthMm - MARGIN.right;
  const textWidth = right - MARGIN.left;
  const missing = new Set<number>();
  const clean = (s: string) => replaceMissingGlyphs(typographRussian(s), metrics, missing).trim();
  const measure = (s: string) => metrics.width(s, size);
  const line = (text: string, x: number, role: Role) => ({ height: pitch, data: { text, x, role, size } });
  const rightAligned = (text: string, role: Role) => line(text, right - measure(text), role);

  const blocks: FlowBlock<LineData>[] = [];
  const header = breakLines(clean(letter.recipientLine), { firstWidth: right - HEADER_X, width: right - HEADER_X, measure });
  blocks.push({
    lines: [...header.map((t) => line(t, HEADER_X, 'header')), rightAligned(formatRussianDate(letter.date).replace(/\u00a0/g, ' '), 'header')],
    spaceBefore: 0,
    splittable: false,
    keepWithNext: true,
  });
  const greeting = clean(letter.greeting);
  if (greeting) {
    const lines = breakLines(greeting, { firstWidth: textWidth, width: textWidth, measure });
    blocks.push({
      lines: lines.map((t) => line(t, MARGIN.left + (textWidth - measure(t)) / 2, 'body')),
      spaceBefore: pitch * 1.5,
      splittable: false,
      keepWithNext: true,
    });
  }
  letter.paragraphs.forEach((p, i) => {
    const text = clean(p);
    if (!text) return;
    const lines = breakLines(text, { firstWidth: textWidth - INDENT, width: textWidth, measure, hyphenate: opts.hyphenate });
    blocks.push({
      lines: lines.map((t, j) => line(t, MARGIN.left + (j === 0 ? INDENT : 0), 'body')),
      spaceBefore: i === 0 && !greeting ? pitch * 1.5 : pitch * 0.25,
      splittable: true,
    });
  });
  const signature = letter.signature.map(clean).filter((s) => s.length > 0);
  if (signature.length > 0) {
    blocks.push({
      lines: signature.flatMap((s) => breakLines(s, { firstWidth: right - HEADER_X, width: right - HEADER_X, measure }).map((t) => line(t, HEADER_X, 'body'))),
      spaceBefore: pitch,
      splittable: false,
      keepWithPrevious: true,
    });
  }

  const flowed = paginate(flowLines(blocks), A4.heightMm - MARGIN.top - MARGIN.bottom);
  const total = flowed.length;
  const pages: LayoutPage[] = flowed.map((placed, index) => {
    const items: TextRun[] = placed.map(({ line: l, top }) => ({
      kind: 'text',
      x: l.data.x,
      y: MARGIN.top + top + l.data.size * metrics.ascent,
      text: l.data.text,
      font: 'serif',
      size: l.data.size,
      ink: 'black',
      role: l.data.role,
    }));
    if (total > 1) {
      // Pages of a letter are often separated by the censor; numbering lets the reader put them back in order.
      const label = `стр. ${index + 1} из ${total}`;
      const small = 9 * PT;
      items.push({ kind: 'text', x: (A4.widthMm - metrics.width(label, small)) / 2, y: A4.heightMm - 12, text: label, font: 'serif', size: small, ink: 'black', role: 'page-number' });
    }
    return { widthMm: A4.widthMm, heightMm: A4.heightMm, items };
  });
  const warnings: PdfWarning[] =
    missing.size > 0 ? [{ code: 'pdf-missing-glyphs', params: { codePoints: [...missing].sort((a, b) => a - b).map(codePointLabel), count: missing.size } }] : [];
  return { pages, warnings };
}
