import { step, trailingWord } from './keystroke.ts';
import { fixAtWordEnd } from './word-fixes.ts';

/**
 * Converts informal Latin ("Privet, kak dela?") to Cyrillic ("Привет, как дела?").
 * Defined as typing the text key by key (translitKeystroke), then closing the last word,
 * so the whole-text and as-you-type results are the same by construction.
 */
export function translit(text: string): string {
  let out = '';
  let inLiteral = false;
  for (const key of text) {
    const edit = step(out, key, inLiteral);
    out = out.slice(0, out.length - edit.deleteBefore) + edit.insert;
    if (key === '`') inLiteral = !inLiteral;
  }
  if (inLiteral) return out;
  const word = trailingWord(out);
  return out.slice(0, out.length - word.length) + fixAtWordEnd(word);
}
