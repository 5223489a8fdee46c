import { translitKeystroke } from '../../core/translit/index.ts';

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
