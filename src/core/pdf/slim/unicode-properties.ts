// Stands in for fontkit's Unicode property tables (~18 KB of trie data). Outside the
// shaping engine, fontkit asks only whether a character is a combining mark, which
// the JavaScript engine's own Unicode tables answer.
const mark = /^\p{M}$/u;

export function isMark(codePoint: number): boolean {
  return mark.test(String.fromCodePoint(codePoint));
}
