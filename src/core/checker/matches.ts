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
