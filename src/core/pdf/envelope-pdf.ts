import type { EnvelopeParty, PartyForms } from '../parties/index.ts';
import { ENVELOPE_SIZES, type EnvelopeFormat } from './envelope-formats.ts';
import { layoutEnvelopeSheet } from './envelope-sheet.ts';
import { layoutEnvelopeFace } from './envelope-layout.ts';
import { loadFont, type FontMetrics } from './font-metrics.ts';
import type { LayoutPage, PdfWarning } from './layout-types.ts';
import type { PdfResult } from './letter-pdf.ts';
import { renderPdf } from './render-pdf.ts';

export type { PartyForms } from '../parties/index.ts';

export interface EnvelopeSpec {
  /** Who the envelope goes to (the prisoner, or the writer on a reply envelope). */
  recipient: EnvelopeParty;
  sender: EnvelopeParty;
  format: EnvelopeFormat;
}

export interface EnvelopePdfInput {
  /** One page per envelope, in order (a batch of several letters, or a letter plus its reply envelope). */
  envelopes: EnvelopeSpec[];
  /** PT Sans Regular (TTF bytes). */
  fonts: { sans: Uint8Array };
  /** Fixed document date for reproducible output; defaults to 2000-01-01. */
  date?: Date;
  /** PDF properties that name no one (render-pdf.ts). */
  neutral?: boolean;
}

/** The envelope to the prisoner, from the writer. */
export function letterEnvelope(prisoner: PartyForms, writer: PartyForms, format: EnvelopeFormat): EnvelopeSpec {
  return { format, recipient: prisoner.recipient, sender: writer.sender };
}

/**
 * The reply envelope the writer encloses (DOMAIN.md §3): addressed to the writer, from the prisoner.
 * When the prisoner's address is known to be possibly out of date, «Откуда» and the postcode are
 * left blank for the prisoner to fill in (a country line stays): a pre-printed institution would
 * be wrong after a transfer, the very case the reply envelope is for (fifth native review, item 7).
 */
export function replyEnvelope(prisoner: PartyForms, writer: PartyForms, format: EnvelopeFormat, opts: { senderAddressUnknown?: boolean } = {}): EnvelopeSpec {
  const from = prisoner.sender;
  if (!opts.senderAddressUnknown) return { format, recipient: writer.recipient, sender: from };
  const country = from.endsWithCountry ? from.where.slice(-1) : [];
  return { format, recipient: writer.recipient, sender: { ...from, where: country, index: null } };
}

export function layoutEnvelopePage(spec: EnvelopeSpec, metrics: FontMetrics): { page: LayoutPage; warnings: PdfWarning[] } {
  const parties = { sender: spec.sender, recipient: spec.recipient };
  if (spec.format === 'A4') {
    const sheet = layoutEnvelopeSheet(parties, metrics);
    return { page: sheet.page, warnings: sheet.face.warnings };
  }
  const { widthMm, heightMm } = ENVELOPE_SIZES[spec.format];
  const face = layoutEnvelopeFace(parties, widthMm, heightMm, metrics);
  return { page: { widthMm, heightMm, items: face.items }, warnings: face.warnings };
}

export async function createEnvelopePdf(input: EnvelopePdfInput): Promise<PdfResult> {
  if (input.envelopes.length === 0) throw new RangeError('No envelopes to print');
  const { metrics } = loadFont(input.fonts.sans);
  const laid = input.envelopes.map((spec) => layoutEnvelopePage(spec, metrics));
  const warnings: PdfWarning[] = laid.flatMap((l) => l.warnings);
  const pages = laid.map((l) => l.page);
  const bytes = await renderPdf(pages, { sans: input.fonts.sans }, { title: input.envelopes.length > 1 ? 'Конверты' : 'Конверт', date: input.date ?? new Date(Date.UTC(2000, 0, 1)), neutral: input.neutral });
  return { bytes, pageCount: pages.length, warnings };
}
