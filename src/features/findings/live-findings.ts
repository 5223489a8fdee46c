import { checkLetter, type Finding, type Lang } from '../../core/checker/index.ts';

/**
 * The editor's check as the writer types. The letter is cut into pieces at the end of
 * a paragraph or of a line that ends a sentence; the checker's rules look no further
 * than a sentence (which is why it chunks long texts the same way), so each piece can be
 * checked alone. A keystroke changes one piece: only that piece is checked again, the
 * others come from the cache. The Check step and the export still run the full check.
 */
const cache = new Map<string, readonly Finding[]>();
const CACHE_LIMIT = 4000;

/** Where the pieces of a letter start: after a blank line, or after a line ending a sentence. */
export function pieceStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    let j = i - 1;
    while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
    const before = text[j] ?? '\n';
    if (before === '\n' || /[.!?…»")]/.test(before)) starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

export function liveFindings(text: string, lang: Lang): Finding[] {
  if (cache.size > CACHE_LIMIT) cache.clear();
  const starts = pieceStarts(text);
  const out: Finding[] = [];
  starts.forEach((start, n) => {
    const piece = text.slice(start, starts[n + 1] ?? text.length);
    if (!piece.trim()) return;
    const key = `${lang}\u0000${piece}`;
    let found = cache.get(key);
    if (!found) {
      found = checkLetter(piece, { lang });
      cache.set(key, found);
    }
    for (const f of found) out.push(start === 0 ? f : { ...f, start: f.start + start, end: f.end + start });
  });
  return out;
}
