// A letter evening's pack (issue 14): envelopes for many prisoners, writing sheets, the rules
// page, and the CSV of what was printed. Heavy (it draws PDFs): load it lazily.
export type { PackEntry, PackFonts, PackOptions, PackPrisoner, PackWarning, Translate } from './types.ts';
export { layoutPack, createPackPdf, type PackLayout, type PackPdf } from './pack.ts';
export { layoutWritingSheet, isPretrial } from './writing-sheet.ts';
export { layoutRulesPage, RULES } from './rules-page.ts';
export { packCsv, csvCell } from './csv.ts';
export { prisonerFromRecord } from './prisoners.ts';
