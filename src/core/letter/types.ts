/** A letter as the writer composed it; every field is already-formatted text. */
export interface Letter {
  /** Printed as a Russian date ("25 ноября 2026 г."); an ISO string (YYYY-MM-DD) or a Date. */
  date: string | Date;
  /** The recipient line at the top, e.g. "Балину А. А., 1974 г. р.". */
  recipientLine: string;
  /** "Здравствуйте, Андрей Альбертович!" */
  greeting: string;
  /** Body paragraphs in reading order; blank ones are dropped. */
  paragraphs: string[];
  /** Closing and name, one line each: ["С уважением,", "Мария"]. */
  signature: string[];
}

/**
 * Splits a plain-text body into paragraphs. With blank lines in the text they
 * separate paragraphs and single newlines are soft wraps; without any, each
 * line is a paragraph (how people type in a phone's notes app).
 */
export function splitParagraphs(body: string): string[] {
  const text = body.replace(/\r\n?/g, '\n').trim();
  return text
    .split(/\n[ \t]*\n/.test(text) ? /\n[ \t]*\n/ : /\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').replace(/[ \t]+/g, ' ').trim())
    .filter((p) => p.length > 0);
}
