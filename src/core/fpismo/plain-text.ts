import { russianDashes, russianQuotes } from '../letter/typography.ts';
import { codePointLabel } from '../pdf/glyph-coverage.ts';

export type FpismoWarning =
  | { code: 'fpismo-emoji-removed'; params: { count: number; codePoints: string[] } }
  | { code: 'fpismo-control-removed'; params: { count: number } }
  | { code: 'fpismo-unusual-removed'; params: { count: number; codePoints: string[] } };

// F-pismo prints plain black-and-white text (DOMAIN.md §5): letters, digits and
// ordinary punctuation, plus the Russian typographic marks worth keeping.
const ALLOWED = /[\p{Script=Cyrillic}\p{Script=Latin}\p{Nd} \n!"#$%&'()*+,\-./:;<=>?@[\]^_`{|}~«»„“”‘’—–…№°₽€§×]/u;
const EMOJI_PARTS = new Set([0x200d, 0xfe0f, 0x20e3]);
const isEmoji = (ch: string, cp: number) =>
  /\p{Extended_Pictographic}|\p{Emoji_Modifier}/u.test(ch) || EMOJI_PARTS.has(cp) || (cp >= 0x1f1e6 && cp <= 0x1f1ff) || (cp >= 0xe0020 && cp <= 0xe007f);
const CONTROL = /[\p{Cc}\p{Cf}]/u;

export interface PlainTextResult {
  text: string;
  warnings: FpismoWarning[];
}

/**
 * The letter as F-pismo takes it: typographic quotes and dashes kept, emoji,
 * control characters and unusual symbols removed with a warning, paragraphs
 * separated by one blank line, no trailing spaces.
 */
export function toFpismoText(body: string): PlainTextResult {
  // Line and paragraph separators (U+2028, U+2029, NEL) are line breaks, not unusual symbols.
  const normalised = body
    .replace(/\r\n?|\u0085|\u2028/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ');
  const emoji = new Set<number>();
  const unusual = new Set<number>();
  let emojiCount = 0;
  let controlCount = 0;
  let unusualCount = 0;
  let out = '';
  for (const ch of normalised) {
    const cp = ch.codePointAt(0) as number;
    if (ALLOWED.test(ch)) out += ch;
    else if (isEmoji(ch, cp)) {
      // Joiners and variation selectors belong to the emoji before them: not counted separately.
      if (!EMOJI_PARTS.has(cp) && !(cp >= 0x1f3fb && cp <= 0x1f3ff) && !(cp >= 0xe0020 && cp <= 0xe007f)) {
        emoji.add(cp);
        emojiCount++;
      }
    } else if (CONTROL.test(ch)) controlCount++;
    else {
      unusual.add(cp);
      unusualCount++;
      // A combining mark (a stress accent over "о́") goes without a trace; a symbol leaves a space between words.
      if (!/\p{M}/u.test(ch)) out += ' ';
    }
  }
  const text = russianDashes(russianQuotes(out))
    .replace(/\u00a0/g, ' ')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.split('\n').map(tidyLine(emojiCount + unusualCount > 0)).join('\n').trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
  const warnings: FpismoWarning[] = [];
  const labels = (s: Set<number>) => [...s].sort((a, b) => a - b).map(codePointLabel);
  if (emojiCount > 0) warnings.push({ code: 'fpismo-emoji-removed', params: { count: emojiCount, codePoints: labels(emoji) } });
  if (controlCount > 0) warnings.push({ code: 'fpismo-control-removed', params: { count: controlCount } });
  if (unusualCount > 0) warnings.push({ code: 'fpismo-unusual-removed', params: { count: unusualCount, codePoints: labels(unusual) } });
  return { text, warnings };
}

// A removed emoji leaves the spaces around it: "снег 😀, и" must read "снег, и".
const tidyLine = (removedSomething: boolean) => (line: string) => {
  const single = line.replace(/ {2,}/g, ' ');
  return (removedSomething ? single.replace(/ ([,.;:!?…])/g, '$1') : single).trim();
};

/** What F-pismo counts: every character, spaces and line breaks included (the cautious reading). */
export const countChars = (text: string): number => [...text].length;
