import { hyphenationPoints } from '../letter/hyphenate.ts';

export interface BreakOptions {
  /** Width of the first line (an indent or an inline label makes it shorter). */
  firstWidth: number;
  width: number;
  measure: (text: string) => number;
  hyphenate?: boolean;
}

const NBSP = /\u00a0/g;

// Offsets where `token` may be split with a hyphen: syllable points inside each
// nbsp-joined word, so "в Тольятти" may become "в Толь-" / "ятти" but never "в" / "Тольятти".
function splitPoints(token: string): number[] {
  const points: number[] = [];
  let offset = 0;
  for (const word of token.split(/([\u00a0-])/)) {
    const core = /^([«„(]*)([а-яёА-ЯЁ]+)/.exec(word);
    if (core) {
      const lead = (core[1] ?? '').length;
      const letters = core[2] as string;
      // Keep at least two letters after the break even when punctuation follows.
      const tail = word.length - lead - letters.length;
      for (const p of hyphenationPoints(letters)) if (tail === 0 || letters.length - p >= 2) points.push(offset + lead + p);
    }
    offset += word.length;
  }
  return points;
}

// A chain of words glued by non-breaking spaces that is wider than the line has to break
// somewhere: at the last glue that fits and does not follow a one-letter word ("г.\u00a0в"
// may part, "в\u00a0СИЗО" may not). Only when there is none is a word cut in two.
function glueSplit(token: string, width: number, measure: (t: string) => number): [string, string] | null {
  let split: [string, string] | null = null;
  for (let at = token.indexOf('\u00a0'); at > 0; at = token.indexOf('\u00a0', at + 1)) {
    const head = token.slice(0, at);
    if (measure(head) > width) break;
    if (!/(^|\u00a0)\p{L}$/u.test(head)) split = [head, token.slice(at + 1)];
  }
  return split;
}

function hardSplit(token: string, width: number, measure: (t: string) => number): [string, string] {
  const chars = [...token];
  let n = 1;
  while (n < chars.length && measure(chars.slice(0, n + 1).join('')) <= width) n++;
  return [chars.slice(0, n).join(''), chars.slice(n).join('')];
}

/**
 * Greedy line breaking at ordinary spaces; non-breaking spaces (after "в", "г."…)
 * never break. Optional syllable hyphenation; words wider than a line are cut.
 * Returned lines use ordinary spaces so the PDF's text extracts cleanly.
 */
export function breakLines(text: string, opts: BreakOptions): string[] {
  const { measure } = opts;
  const lines: string[] = [];
  let current = '';
  const widthNow = () => (lines.length === 0 ? opts.firstWidth : opts.width);
  const tokens = text.split(/ +/).filter((t) => t.length > 0);
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i] as string;
    const candidate = current ? `${current} ${token}` : token;
    if (measure(candidate) <= widthNow()) {
      current = candidate;
      continue;
    }
    if (opts.hyphenate) {
      const prefix = current ? `${current} ` : '';
      const fits = splitPoints(token)
        .reverse()
        .find((p) => measure(`${prefix}${token.slice(0, p)}${token[p - 1] === '-' ? '' : '-'}`) <= widthNow());
      if (fits !== undefined) {
        lines.push(`${prefix}${token.slice(0, fits)}${token[fits - 1] === '-' ? '' : '-'}`);
        current = '';
        tokens[i] = token.slice(fits);
        i--;
        continue;
      }
    }
    if (current) lines.push(current);
    while (measure(token) > widthNow()) {
      const [head, rest] = glueSplit(token, widthNow(), measure) ?? hardSplit(token, widthNow(), measure);
      lines.push(head);
      token = rest;
    }
    current = token;
  }
  if (current || lines.length === 0) lines.push(current);
  return lines.map((l) => l.replace(NBSP, ' '));
}
