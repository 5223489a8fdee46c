// A letter is checked paragraph by paragraph: a rule never looks past its sentence, and a
// line break always ends a sentence. Very long lines (a pasted book) are cut at sentence
// ends, so the tokens of one block die young instead of piling up for the garbage
// collector, which made a 500k-character text cost twice as much per character as a letter.

const CHUNK = 4096;

/**
 * Calls `visit` with [start, end) of each block in order: every line with its line break, long
 * lines cut at sentence ends. A callback, not a list: a 500k text has thousands of blocks, and a
 * list of them would live (and be promoted by the garbage collector) for the whole check.
 */
export function forEachBlock(text: string, visit: (start: number, end: number) => void): void {
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    let at = start;
    while (at < lineEnd) {
      const end = lineEnd - at <= CHUNK + CHUNK / 2 ? lineEnd : chunkEnd(text.slice(0, lineEnd), at);
      visit(at, end);
      at = end;
    }
    start = lineEnd;
  }
}

/** Where a block of a long line that begins at `start` should end: after a sentence, else after a space. */
export function chunkEnd(text: string, start: number): number {
  if (text.length - start <= CHUNK + CHUNK / 2) return text.length;
  const limit = start + CHUNK;
  const newline = text.lastIndexOf('\n', limit);
  if (newline >= start + CHUNK / 4) return newline + 1;
  for (let i = limit; i > start + CHUNK / 4; i--) {
    // «…дома. Потом» ends a sentence; «г. Пущино» (a short word before the stop) does not.
    if (/[.!?…]/.test(text[i - 1] ?? '') && text[i] === ' ' && /\p{Lu}/u.test(text[i + 1] ?? '') && /\p{L}{3}$/u.test(text.slice(i - 4, i - 1))) return i + 1;
  }
  const space = text.lastIndexOf(' ', limit);
  return space > start ? space + 1 : limit;
}
