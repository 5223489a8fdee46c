// `text.matchAll(re)` clones the expression on every call (the spec's species constructor), and
// the checker runs some thirty patterns over every paragraph on every keystroke: the clone cost
// more than the search. These loops reuse the compiled expression and give the same matches.

/** Every match of the global `re` in `text`, in order, exactly as `[...text.matchAll(re)]`. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`allMatches needs a global expression: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place; step past it as matchAll does.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  const d = text.charCodeAt(index + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}

// Punctuation that has no other case, so a pattern's `i` flag cannot make it match anything else.
const PLAIN_MARKS = new Set([...'*«»"/@#№:;']);

/**
 * Characters every match of a pattern must contain, where its source says so plainly: a mark
 * (* « » " / @ # № : ;) written at the top level, alone or as a one-character class, and not
 * optional. A top-level alternation, or anything less plain, gives nothing. A paragraph without
 * one of these characters cannot match, so the pattern need not run on it.
 */
export function requiredChars(source: string): string[] {
  const out = new Set<string>();
  let depth = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    let atom: string | undefined;
    let next = i + 1;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if ('pPuk'.includes(e) && '{<'.includes(source[i + 2] ?? '')) {
        const close = source.indexOf(e === 'k' ? '>' : '}', i);
        next = close < 0 ? source.length : close + 1;
      } else {
        next = i + 2;
        if (PLAIN_MARKS.has(e)) atom = e;
      }
    } else if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      const body = source.slice(i + 1, j);
      const one = body.length === 2 && body[0] === '\\' ? body[1] : body;
      if (one !== undefined && one.length === 1 && PLAIN_MARKS.has(one)) atom = one;
      next = j + 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return [];
    else if (c !== '*' && PLAIN_MARKS.has(c)) atom = c;
    const q = source[next];
    const optional = q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(source.slice(next)));
    if (atom !== undefined && depth === 0 && !optional) out.add(atom);
    i = next;
  }
  return [...out];
}
