import { formatOneLine, recipientDative } from '../address/format.ts';
import { envelopeForms } from '../letter/parties.ts';
import { layoutEnvelopePage, letterEnvelope, replyEnvelope } from '../pdf/envelope-pdf.ts';
import { loadFont, type FontMetrics } from '../pdf/font-metrics.ts';
import { codePointLabel } from '../pdf/glyph-coverage.ts';
import type { LayoutPage, PdfWarning } from '../pdf/layout-types.ts';
import { renderPdf } from '../pdf/render-pdf.ts';
import { layoutRulesPage } from './rules-page.ts';
import type { PackEntry, PackFonts, PackOptions, PackPrisoner, PackWarning, PartyForms } from './types.ts';
import { layoutWritingSheet } from './writing-sheet.ts';

/**
 * A letter evening's pack: one envelope page per prisoner in list order (each followed by
 * their reply envelope when asked), then one writing sheet per prisoner, then the rules page.
 * The pages reuse the envelope layout of core/pdf, so each envelope is exactly the one the
 * single-letter export prints.
 */
export interface PackLayout {
  pages: LayoutPage[];
  entries: PackEntry[];
  warnings: PackWarning[];
  /** Characters the fonts could not draw on the sheets or the rules page (printed as "?"). */
  missing: string[];
}

function missingWarning(missing: Set<number>): PdfWarning {
  return { code: 'pdf-missing-glyphs', params: { codePoints: [...missing].map(codePointLabel), count: missing.size } };
}

export function layoutPack(prisoners: readonly PackPrisoner[], writer: PartyForms, opts: PackOptions, fonts: { sans: FontMetrics; serif: FontMetrics }): PackLayout {
  const pages: LayoutPage[] = [];
  const warnings: PackWarning[] = [];
  const entries: PackEntry[] = [];
  const missing = new Set<number>();
  for (const p of prisoners) {
    const forms = envelopeForms(p.address, { international: opts.international });
    const envelope = layoutEnvelopePage(letterEnvelope(forms, writer, opts.format), fonts.sans);
    pages.push(envelope.page);
    warnings.push(...envelope.warnings.map((warning) => ({ row: p.row, warning })));
    const envelopePage = pages.length;
    let reply: number | null = null;
    if (opts.reply) {
      const back = layoutEnvelopePage(replyEnvelope(forms, writer, opts.format), fonts.sans);
      pages.push(back.page);
      warnings.push(...back.warnings.map((warning) => ({ row: p.row, warning })));
      reply = pages.length;
    }
    const r = p.address.recipient;
    entries.push({
      row: p.row,
      surname: r?.surname ?? '',
      first: r?.first ?? null,
      patronymic: r?.patronymic ?? null,
      birthYear: r?.birthYear ?? null,
      dative: recipientDative(p.address) ?? '',
      institution: p.address.institution,
      oneLine: formatOneLine(p.address),
      pages: { envelope: envelopePage, reply, sheet: null },
    });
  }
  if (opts.sheets) {
    prisoners.forEach((p, i) => {
      const sheet = layoutWritingSheet(p, opts, fonts);
      pages.push(sheet.page);
      if (sheet.missing.size) warnings.push({ row: p.row, warning: missingWarning(sheet.missing) });
      sheet.missing.forEach((cp) => missing.add(cp));
      (entries[i] as PackEntry).pages.sheet = pages.length;
    });
  }
  if (opts.rules) {
    const rules = layoutRulesPage(opts.t, fonts);
    pages.push(rules.page);
    rules.missing.forEach((cp) => missing.add(cp));
  }
  return { pages, entries, warnings, missing: [...missing].map(codePointLabel) };
}

export interface PackPdf extends Omit<PackLayout, 'pages'> {
  bytes: Uint8Array;
  pageCount: number;
}

/** The pack as one PDF. `date` fixes the document date, so the same input gives the same bytes. */
export async function createPackPdf(prisoners: readonly PackPrisoner[], writer: PartyForms, opts: PackOptions, fontBytes: PackFonts, date = new Date(Date.UTC(2000, 0, 1))): Promise<PackPdf> {
  if (prisoners.length === 0) throw new RangeError('No prisoners to print for');
  const fonts = { sans: loadFont(fontBytes.sans).metrics, serif: loadFont(fontBytes.serif).metrics };
  const { pages, ...rest } = layoutPack(prisoners, writer, opts, fonts);
  const bytes = await renderPdf(pages, fontBytes, { title: opts.t('pack.pdfTitle'), date, neutral: opts.neutral });
  return { ...rest, bytes, pageCount: pages.length };
}
