import { translitKeystroke } from '../translit/index.ts';

export interface Edited {
  text: string;
  /** Where the cursor goes after the edit. */
  caret: number;
}

/** Replaces the selection [start, end) with `insert`, as typing or pasting would. */
export function spliceText(text: string, start: number, end: number, insert: string): Edited {
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}

/**
 * Inserts a phrase at the cursor as its own words: a space before it unless the
 * cursor already follows a space or a line break, a space after it if a word follows.
 */
export function insertPhrase(text: string, start: number, end: number, phrase: string): Edited {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before === '' || /\s$/.test(before) ? '' : ' ';
  const trail = after === '' || /^\s/.test(after) ? '' : ' ';
  return spliceText(text, start, end, lead + phrase + trail);
}

/** One key typed in Latin-letter mode: the Cyrillic it makes may replace letters just before the cursor. */
export function typeLatinKey(text: string, start: number, end: number, key: string): Edited {
  const before = text.slice(0, start);
  const edit = translitKeystroke(before, key);
  const from = Math.max(0, start - edit.deleteBefore);
  return spliceText(text, from, end, edit.insert);
}

// A sentence ends at . ! ? … (with any closing quotes or brackets) followed by a space,
// or at a line break. «г. Самара», «т. е.» and initials (А. А.) do not end one: the word
// before the stop is a single letter or a listed abbreviation.
const ABBREVIATION = /(?:^|[\s(«"])(?:\p{L}|г|гг|ул|д|кв|т|е|п|с|стр|им|см|др|пр|пос|обл|р-н|св|ст|тыс|млн|руб|коп|мин|сек|напр|т\.е|т\.д|т\.п)$/iu;

function endsSentence(text: string, stop: number): boolean {
  const ch = text[stop] ?? '';
  if (ch === '\n') return true;
  if (!/[.!?…]/.test(ch)) return false;
  if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(0, stop - 8), stop))) return false;
  return true;
}

/**
 * The sentence (or sentences) around [start, end): from just after the end of the sentence
 * before to the end of the last one, with its closing punctuation and the spaces after it,
 * so that cutting it leaves the text around it as it was.
 */
export function sentenceSpan(text: string, start: number, end: number): { start: number; end: number } {
  let from = Math.max(0, Math.min(start, text.length));
  while (from > 0) {
    let stop = from - 1;
    // Skip spaces and closing quotes back to a possible stop.
    while (stop >= 0 && /[ \t»"')\]]/.test(text[stop] ?? '')) stop--;
    if (stop < 0 || (stop < from - 1 && endsSentence(text, stop)) || text[from - 1] === '\n') break;
    from--;
  }
  while (from < text.length && /[ \t]/.test(text[from] ?? '')) from++;
  let to = Math.max(from, Math.min(end, text.length));
  while (to < text.length && !endsSentence(text, to)) to++;
  if (to < text.length && text[to] !== '\n') {
    to++;
    while (to < text.length && /[.!?…»"')\]]/.test(text[to] ?? '')) to++;
  }
  while (to < text.length && /[ \t]/.test(text[to] ?? '')) to++;
  return { start: from, end: to };
}

/** The letter with the sentence around [start, end) cut out; a paragraph left empty goes too. */
export function removeSentence(text: string, start: number, end: number): Edited {
  const span = sentenceSpan(text, start, end);
  let from = span.start;
  let to = span.end;
  // The sentence was the whole line: take its line break too, so no empty line is left.
  const lineStart = from === 0 || text[from - 1] === '\n';
  const lineEnd = to === text.length || text[to] === '\n';
  if (lineStart && lineEnd) {
    if (text[to] === '\n') to++;
    else if (from > 0) from--;
    // A paragraph of its own: take one of the blank lines around it as well.
    if (text[to] === '\n' && (from === 0 || text[from - 2] === '\n')) to++;
    else if (to === text.length) while (from > 0 && text[from - 1] === '\n') from--;
  } else if (lineEnd) {
    // The sentence ended its line: drop the spaces that now trail the sentence before it.
    while (from > 0 && /[ \t]/.test(text[from - 1] ?? '')) from--;
  }
  return spliceText(text, from, to, '');
}
