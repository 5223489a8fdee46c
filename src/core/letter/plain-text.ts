import { formatRussianDate } from './russian-date.ts';
import type { Letter } from './types.ts';

/** The letter as a .txt file: same order as the printed page, paragraphs separated by blank lines. */
export function letterToPlainText(letter: Letter): string {
  const blocks = [
    letter.recipientLine,
    formatRussianDate(letter.date),
    letter.greeting,
    ...letter.paragraphs,
    letter.signature.join('\n'),
  ]
    .map((b) => b.replace(/\u00a0/g, ' ').trim())
    .filter((b) => b.length > 0);
  return `${blocks.join('\n\n')}\n`;
}
