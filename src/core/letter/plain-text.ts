import { letterHeader } from './header.ts';
import type { Letter } from './types.ts';

/** The letter as a .txt file: same order and lines as the printed page, paragraphs separated by blank lines. */
export function letterToPlainText(letter: Letter): string {
  const blocks = [...letterHeader(letter), letter.greeting, ...letter.paragraphs, letter.closing.join('\n'), letter.returnAddress]
    .map((b) => b.replace(/\u00a0/g, ' ').trim())
    .filter((b) => b.length > 0);
  return `${blocks.join('\n\n')}\n`;
}
