import { toCalendarDay } from '../letter/russian-date.ts';
import type { Letter } from '../letter/types.ts';
import { loadFont } from './font-metrics.ts';
import type { PdfWarning } from './layout-types.ts';
import { layoutLetter, type LetterLayoutOptions } from './letter-layout.ts';
import { renderPdf } from './render-pdf.ts';

export interface LetterPdfInput extends LetterLayoutOptions {
  letter: Letter;
  /** PT Serif Regular (TTF bytes); the core never reads files. */
  fonts: { serif: Uint8Array };
  /** PDF properties that name no one (render-pdf.ts). */
  neutral?: boolean;
}

export interface PdfResult {
  bytes: Uint8Array;
  pageCount: number;
  warnings: PdfWarning[];
}

/** Noon UTC of the letter's day: a stable timestamp for the PDF's dates. */
export function documentDate(date: string | Date): Date {
  const { year, month, day } = toCalendarDay(date);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

export async function createLetterPdf(input: LetterPdfInput): Promise<PdfResult> {
  const { metrics } = loadFont(input.fonts.serif);
  const { pages, warnings } = layoutLetter(input.letter, metrics, input);
  const title = input.letter.recipientLine.trim() ? `Письмо — ${input.letter.recipientLine.trim()}` : 'Письмо';
  const bytes = await renderPdf(pages, { serif: input.fonts.serif }, { title, date: documentDate(input.letter.date), neutral: input.neutral });
  return { bytes, pageCount: pages.length, warnings };
}
