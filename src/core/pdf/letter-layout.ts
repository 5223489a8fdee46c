import { continuationLine, letterHeader } from '../letter/header.ts';
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
const HEADER_X = 105;
// Baseline of the running head on continuation pages, inside the top margin.
const RUNNING_HEAD_Y = 14;
const LEADING = 1.45;
// Lines of blank space above the printed name, for a handwritten signature.
const SIGNATURE_ROOM = 2;

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

/**
 * Lays a letter out on A4 pages, in millimetres, with Russian typography and
 * widow/orphan control. The writer's line breaks are kept; the closing is set
 * on the right and kept with the text before it.
 */
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

  const broken = (text: string, first: number, width: number) => breakLines(text, { firstWidth: first, width, measure, hyphenate: opts.hyphenate });
  const blocks: FlowBlock<LineData>[] = [];
  // The lines the editor's preview and the F-pismo draft show (letterHeader): the recipient line, then the date.
  const headerLines = letterHeader(letter);
  const date = headerLines.pop() ?? '';
  const header = breakLines(clean(headerLines.join(' ')), { firstWidth: right - HEADER_X, width: right - HEADER_X, measure });
  blocks.push({
    lines: [...header.map((t) => line(t, HEADER_X, 'header')), rightAligned(date.replace(/\u00a0/g, ' '), 'header')],
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
  let first = !greeting;
  for (const p of letter.paragraphs) {
    // Each line the writer typed starts a new printed line; only a paragraph's first one is indented.
    const lines = p
      .split('\n')
      .map(clean)
      .filter((t) => t.length > 0)
      .flatMap((t, k) => broken(t, textWidth - (k === 0 ? INDENT : 0), textWidth).map((s, j) => line(s, MARGIN.left + (k === 0 && j === 0 ? INDENT : 0), 'body')));
    if (lines.length === 0) continue;
    blocks.push({ lines, spaceBefore: first ? pitch * 1.5 : pitch * 0.25, splittable: true });
    first = false;
  }
  const closing = letter.closing.map(clean).filter((s) => s.length > 0);
  const closingLines = (ls: string[]) => ls.flatMap((s) => breakLines(s, { firstWidth: right - HEADER_X, width: right - HEADER_X, measure }).map((t) => line(t, HEADER_X, 'body')));
  if (closing.length > 0) {
    // The closing keeps its lines as typed («С уважением,⏎Мария») and sits on the right, under the header.
    // The guide says to sign a printed letter by hand: the name, its last line, gets room above it.
    const name = closing.length > 1 ? closing.slice(-1) : [];
    const words = closing.slice(0, closing.length - name.length);
    blocks.push({ lines: closingLines(words), spaceBefore: first ? pitch * 1.5 : pitch, splittable: false, keepWithPrevious: true, keepWithNext: name.length > 0 });
    if (name.length > 0) blocks.push({ lines: closingLines(name), spaceBefore: pitch * SIGNATURE_ROOM, splittable: false, keepWithPrevious: true });
  }
  const returnAddress = clean(letter.returnAddress);
  if (returnAddress) {
    blocks.push({
      lines: broken(returnAddress, textWidth, textWidth).map((t) => line(t, MARGIN.left, 'body')),
      spaceBefore: pitch,
      splittable: false,
      keepWithPrevious: true,
    });
  }

  const flowed = paginate(flowLines(blocks), A4.heightMm - MARGIN.top - MARGIN.bottom);
  const total = flowed.length;
  const small = 9 * PT;
  const head = clean(letter.runningHead);
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
      // Censors take a letter's sheets apart: each continuation page names the recipient and its place, the
      // first one its place among the pages.
      const label = index === 0 ? continuationLine('', 1, total) : continuationLine(head, index + 1, total);
      const x = index === 0 ? (A4.widthMm - metrics.width(label, small)) / 2 : right - metrics.width(label, small);
      items.push({ kind: 'text', x, y: index === 0 ? A4.heightMm - 12 : RUNNING_HEAD_Y, text: label, font: 'serif', size: small, ink: 'black', role: 'page-number' });
    }
    return { widthMm: A4.widthMm, heightMm: A4.heightMm, items };
  });
  const warnings: PdfWarning[] =
    missing.size > 0 ? [{ code: 'pdf-missing-glyphs', params: { codePoints: [...missing].sort((a, b) => a - b).map(codePointLabel), count: missing.size } }] : [];
  return { pages, warnings };
}
