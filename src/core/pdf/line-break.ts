import { hyphenationPoints } from '../letter/hyphenate.ts';

export interface BreakOptions {
  /** Width of the first line (an indent or an inline label makes it shorter). */
  firstWidth: number;
  width: number;
  measure: (text: string) => number;
  hyphenate?: boolean;
}

const NBSP = /\u00a0/g;

/*
 * Long unbroken words (a pasted blob, base64) must cost linear time (security-probe #12: 80,000
 * characters took 8.5 s). No line holds WINDOW characters, so the work for each line looks at
 * most at the next WINDOW characters of a word, never at the whole rest of it.
 */
const WINDOW = 1024;

/** measure(text) <= width, without measuring all of a long text whose start is already too wide. */
function fits(text: string, width: number, measure: (t: string) => number): boolean {
  if (text.length > WINDOW && measure(text.slice(0, WINDOW)) > width) return false;
  return measure(text) <= width;
}

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
  // Glue past the first WINDOW characters cannot be on this line: no need to look further.
  for (let at = token.indexOf('\u00a0'); at > 0 && at <= WINDOW; at = token.indexOf('\u00a0', at + 1)) {
    const head = token.slice(0, at);
    if (measure(head) > width) break;
    if (!/(^|\u00a0)\p{L}$/u.test(head)) split = [head, token.slice(at + 1)];
  }
  return split;
}

function hardSplit(token: string, width: number, measure: (t: string) => number): [string, string] {
  // Only the characters a line could hold are looked at, so cutting a long word is linear.
  const chars = [...token.slice(0, WINDOW)];
  let n = 1;
  while (n < chars.length && measure(chars.slice(0, n + 1).join('')) <= width) n++;
  const head = chars.slice(0, n).join('');
  return [head, token.slice(head.length)];
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
    if (fits(candidate, widthNow(), measure)) {
      current = candidate;
      continue;
    }
    if (opts.hyphenate) {
      const prefix = current ? `${current} ` : '';
      // The last syllable point whose piece fits. Points go left to right and stop once the
      // piece alone is too wide, since no later one can fit (this keeps long words linear).
      let best: number | undefined;
      for (const p of splitPoints(token.length > WINDOW ? token.slice(0, WINDOW) : token)) {
        const piece = `${prefix}${token.slice(0, p)}`;
        if (measure(piece) > widthNow()) break;
        if (measure(`${piece}${token[p - 1] === '-' ? '' : '-'}`) <= widthNow()) best = p;
      }
      if (best !== undefined) {
        lines.push(`${prefix}${token.slice(0, best)}${token[best - 1] === '-' ? '' : '-'}`);
        current = '';
        tokens[i] = token.slice(best);
        i--;
        continue;
      }
    }
    if (current) lines.push(current);
    while (!fits(token, widthNow(), measure)) {
      const [head, rest] = glueSplit(token, widthNow(), measure) ?? hardSplit(token, widthNow(), measure);
      lines.push(head);
      token = rest;
    }
    current = token;
  }
  if (current || lines.length === 0) lines.push(current);
  return lines.map((l) => l.replace(NBSP, ' '));
}
