import type { Address } from '../address/types.ts';
import type { PartyForms } from '../parties/index.ts';
import type { EnvelopeFormat } from '../pdf/envelope-formats.ts';
import type { PdfWarning } from '../pdf/layout-types.ts';

/**
 * Texts come from the caller, already in the writer's language (the UI passes i18next's `t`,
 * the CLI reads locales/<lang>/batch.json): the core names keys, never prose. Keys are those
 * of locales/<lang>/batch.json, without the namespace ("pack.sheet.who").
 */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** One prisoner of a letter evening. */
export interface PackPrisoner {
  /** Their row in the list, for messages and the CSV. */
  row: number;
  /** The parsed address, with the recipient in the nominative. */
  address: Address;
  /** A few words on who they are, in the writer's language, when the list or directory gives them. */
  about?: string | null;
  /** Where the address comes from and as of when (YYYY-MM-DD). */
  source?: { title: string; checkedAt: string } | null;
}

export interface PackOptions {
  format: EnvelopeFormat;
  /** Each prisoner's reply envelope (addressed to the writer) right after their envelope. */
  reply: boolean;
  /** One A4 writing sheet per prisoner, after all the envelopes. */
  sheets: boolean;
  /** The one-page summary of the rules, last. */
  rules: boolean;
  /** Posting from abroad: the envelopes get the RUSSIA / РОССИЯ line. */
  international?: boolean;
  /** The writer's language is not Russian: names and places on the sheets also in Latin letters. */
  latinNames?: boolean;
  /** PDF properties that name no one (pdf/render-pdf.ts). */
  neutral?: boolean;
  t: Translate;
}

/** What was printed for whom: a CSV row, and the pages of that person. */
export interface PackEntry {
  row: number;
  surname: string;
  first: string | null;
  patronymic: string | null;
  birthYear: number | null;
  /** "Балину Андрею Альбертовичу": as printed on the envelope. */
  dative: string;
  institution: string | null;
  oneLine: string;
  /** 1-based page numbers in the PDF: envelope, reply envelope, writing sheet. */
  pages: { envelope: number; reply: number | null; sheet: number | null };
}

/** A problem on one person's pages (text shrunk to fit, no postcode), with their row. */
export interface PackWarning {
  row: number;
  warning: PdfWarning;
}

export interface PackFonts {
  /** PT Sans and PT Serif (TTF bytes), as for the letter and the envelopes. */
  sans: Uint8Array;
  serif: Uint8Array;
}

export type { PartyForms };
