import { isLatinKey, mergeKey } from './letters.ts';
import { fixAtWordEnd, fixWhileTyping } from './word-fixes.ts';

/** What an editor does for one typed key: delete this many characters before the cursor, then insert this text. */
export interface KeyEdit {
  deleteBefore: number;
  insert: string;
}

const isUpper = (ch: string) => ch !== ch.toLowerCase();

const countBackticks = (text: string) => text.split('`').length - 1;

/**
 * The edit for typing `key` after `before` (text already converted), for an input box that
 * converts as the user types. translit(text) is this function folded over the text, so typing
 * key by key and converting at once always agree.
 * Text between backticks stays as typed and loses the backticks: `iPhone` → iPhone.
 */
export function translitKeystroke(before: string, key: string): KeyEdit {
  const keys = [...key];
  if (keys.length === 1) return step(before, key, countBackticks(before) % 2 === 1);
  // Several characters at once (a paste, an IME): type them one by one, report the net edit.
  // The backticks are counted once and then followed key by key, so a long paste costs linear time.
  let text = before;
  let inLiteral = countBackticks(before) % 2 === 1;
  for (const k of keys) {
    const edit = step(text, k, inLiteral);
    text = text.slice(0, text.length - edit.deleteBefore) + edit.insert;
    if (k === '`') inLiteral = !inLiteral;
  }
  return diff(before, text);
}

export function step(before: string, key: string, inLiteral: boolean): KeyEdit {
  if (inLiteral) {
    if (key !== '`') return { deleteBefore: 0, insert: key };
    const open = before.lastIndexOf('`');
    return { deleteBefore: before.length - open, insert: before.slice(open + 1) };
  }
  const word = trailingWord(before);
  const isWordKey = isLatinKey(key) || (word !== '' && (key === "'" || key === '#'));
  const next = isWordKey ? typeInWord(word, key) : fixAtWordEnd(word) + key;
  return diff(word, next);
}

function typeInWord(word: string, key: string): string {
  const { drop, put } = mergeKey(word.toLowerCase(), key.toLowerCase());
  const kept = word.slice(0, word.length - drop);
  const caseFrom = drop > 0 ? (word[word.length - drop] ?? key) : key;
  // ' and # have no case: inside a word typed in capitals (SCHAST'E) the sign is a capital too.
  const caseless = key.toLowerCase() === key.toUpperCase();
  const allCaps = word.length >= 1 && [...word].every(isUpper) && (isUpper(key) || (caseless && word.length >= 2));
  const cased = allCaps ? put.toUpperCase() : isUpper(caseFrom) ? (put[0] ?? '').toUpperCase() + put.slice(1) : put;
  return fixWhileTyping(kept + cased);
}

const CYRILLIC = /[а-яё]/i;

/**
 * No Russian word is this long (the longest in dictionaries have about 35 letters). Of a longer
 * run of letters (a pasted blob) only the last MAX_WORD count as the word, so each key costs at
 * most this much and a long unbroken word is converted in linear time (security-probe #12).
 */
const MAX_WORD = 100;

/** The Cyrillic word just before the cursor; scanned from the end so each key costs the word's length, not the text's. */
export function trailingWord(text: string): string {
  let start = text.length;
  while (start > 0 && text.length - start < MAX_WORD && CYRILLIC.test(text[start - 1] ?? '')) start--;
  return text.slice(start);
}

function diff(before: string, after: string): KeyEdit {
  let same = 0;
  while (same < before.length && same < after.length && before[same] === after[same]) same++;
  return { deleteBefore: before.length - same, insert: after.slice(same) };
}
