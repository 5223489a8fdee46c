/**
 * A letter as it prints: the header (the only addition besides an optional,
 * visible signature and return-address line), then the writer's text as typed.
 * Every field is already-formatted text.
 */
export interface Letter {
  /** Printed as a Russian date ("25 ноября 2026 г."); an ISO string (YYYY-MM-DD) or a Date. */
  date: string | Date;
  /** The recipient in full, in the dative, with the birth year: "Балину Андрею Альбертовичу, 1974 г. р.". */
  recipientLine: string;
  /** The short form at the top of continuation pages: "Балину А. А." ('' when unknown). */
  runningHead: string;
  /** The writer's greeting when it stands on a line of its own (set centred); '' otherwise. */
  greeting: string;
  /** Body paragraphs in reading order, each keeping the writer's own line breaks ('\n'). */
  paragraphs: string[];
  /** The closing, one line each, set on the right: the writer's own lines, then any added signature. */
  closing: string[];
  /** «Мой адрес для ответа: …», or '' when the writer did not ask for it. */
  returnAddress: string;
}

const BLANK_LINES = /\n[ \t]*(?:\n[ \t]*)+/;

/**
 * Splits a plain-text body into paragraphs, keeping every line break the
 * writer typed. With blank lines in the text they separate paragraphs and a
 * single newline breaks the line inside one (a closing such as «С уважением,⏎
 * Мария»); without any, each line is a paragraph (how people type in a phone's
 * notes app).
 */
export function splitParagraphs(body: string): string[] {
  const text = body.replace(/\r\n?/g, '\n').trim();
  const blocks = BLANK_LINES.test(text) ? text.split(BLANK_LINES) : text.split('\n');
  return blocks
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.replace(/[ \t]+/g, ' ').trim())
        .filter((line) => line.length > 0)
        .join('\n'),
    )
    .filter((p) => p.length > 0);
}
