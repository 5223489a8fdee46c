// What a pattern cannot match without: strings that every match (or the text around it, for a
// lookaround) must contain. Derived from the expression's source when the catalogue is
// compiled, so a new rule is gated as soon as it is written, with no hand-kept list of cues
// (`patternsNeed`). A paragraph that lacks them cannot match, so the pattern need not run on it.
//
// The strings are compared case-folded (`foldUnit`), which is what the `i` flag does, and is only
// looser than a case-sensitive pattern: a gate may let a pattern run in vain, never skip a match.

/** Every inner list: at least one of these folded strings occurs. All lists must hold. */
export type Need = string[][];

interface Info {
  /** Every string the node can match, folded, when there are few; undefined when unknown. */
  exact?: string[];
  need: Need;
}

const MAX_EXACT = 48;
const MAX_CLASS = 12;
/** A class of up to this many characters (the Latin letters, folded) is a condition, though too large to multiply into strings; a larger one, such as the Cyrillic letters, would hold in every paragraph. */
const MAX_NEED_CLASS = 26;
const UNKNOWN: Info = { need: [] };
const EMPTY: Info = { exact: [''], need: [] };
const DIGITS = [...'0123456789'];

/** The case-folded form of one UTF-16 code unit: the same for every pair the `iu` flags equate. */
export function foldUnit(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return code;
  const lower = String.fromCharCode(code).toLowerCase();
  const upper = String.fromCharCode(lower.charCodeAt(0)).toUpperCase();
  return (upper.length === 1 ? upper.toLowerCase() : lower).charCodeAt(0);
}

export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldUnit(s.charCodeAt(i)));
  return out;
}

/** What every match of `source` (a `u`-flag expression) needs, as folded strings. */
export function requiredLiterals(source: string): Need {
  const parser = new Parser(source);
  const info = parser.alternation();
  if (parser.pos !== source.length) return [];
  return simplify(needOf(info));
}

function needOf(info: Info): Need {
  const own = info.exact && !info.exact.includes('') ? [info.exact] : [];
  return [...info.need, ...own];
}

/** Drops strings that contain another of the same list (the shorter one occurs anyway), and repeated lists. */
function simplify(need: Need): Need {
  const lists = need.map((alts) => [...new Set(alts)].filter((a, _i, all) => !all.some((b) => b !== a && a.includes(b)))).filter((alts) => alts.length > 0);
  const seen = new Set<string>();
  return lists.filter((alts) => {
    const key = [...alts].sort().join('\u0000');
    return !seen.has(key) && seen.add(key);
  });
}

// The strongest single condition of a branch, for an alternation: the one whose shortest string is longest.
function best(need: Need): string[] | undefined {
  let out: string[] | undefined;
  let score = 0;
  for (const alts of need) {
    const s = Math.min(...alts.map((a) => a.length));
    if (s > score) {
      score = s;
      out = alts;
    }
  }
  return out;
}

function concat(a: Info, b: Info): Info {
  if (a.exact && b.exact && a.exact.length * b.exact.length <= MAX_EXACT) {
    const exact: string[] = [];
    for (const x of a.exact) for (const y of b.exact) exact.push(x + y);
    return { exact: [...new Set(exact)], need: [...a.need, ...b.need] };
  }
  return { need: [...needOf(a), ...needOf(b)] };
}

// Each branch gives its strongest condition to the first list and, where it has another, that
// one to a second list: «(?:ул\.|пр\.)\s*\d|дом\s*\d» needs «ул.», «пр.» or «дом», and a digit.
// A branch with one condition gives it to both, so each list still holds wherever a branch matches.
function alternate(branches: Info[]): Info {
  if (branches.length === 1) return branches[0] as Info;
  const exact = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact as string[]))] : undefined;
  if (exact && exact.length <= MAX_EXACT) return { exact, need: [] };
  const first: string[] = [];
  const second: string[] = [];
  let distinct = false;
  for (const b of branches) {
    const need = needOf(b);
    const one = best(need);
    if (!one) return UNKNOWN;
    first.push(...one);
    const other = best(need.filter((alts) => alts !== one)) ?? one;
    if (other !== one) distinct = true;
    second.push(...other);
  }
  return { need: distinct ? [first, second] : [first] };
}

// A part repeated a known, small number of times multiplies out («\.{2,3}» is «..» or «...»);
// repeated at least n times, every match holds n copies in a row.
function repeat(x: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return x;
  if (x.exact) {
    const all = max === Infinity ? undefined : powers(x.exact, min, max);
    if (all) return { exact: all, need: [] };
    if (min === 0) return UNKNOWN;
    const least = powers(x.exact, min, min);
    return { need: least ? [...x.need, least] : needOf(x) };
  }
  return min === 0 ? UNKNOWN : { need: needOf(x) };
}

/** Every string of `min` to `max` strings of `set` in a row, or undefined when more than MAX_EXACT. */
function powers(set: readonly string[], min: number, max: number): string[] | undefined {
  let level = [''];
  const out = new Set<string>(min === 0 ? [''] : []);
  for (let k = 1; k <= max; k++) {
    if (level.length * set.length > MAX_EXACT) return undefined;
    level = level.flatMap((a) => set.map((b) => a + b));
    if (k >= min) for (const s of level) out.add(s);
    if (out.size > MAX_EXACT) return undefined;
  }
  return [...out];
}

class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  private peek(): string {
    return this.src[this.pos] ?? '';
  }

  alternation(): Info {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    return alternate(branches);
  }

  // Adjacent known parts join into longer strings («з» «а» → «за»); an unknown part (\s+, \p{L}*)
  // ends the run, whose strings then become one condition of the whole.
  private sequence(): Info {
    const done: Need = [];
    let run: Info = EMPTY;
    let whole = true;
    while (this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const part = this.quantified(this.atom());
      done.push(...part.need);
      if (part.exact && (run.exact as string[]).length * part.exact.length <= MAX_EXACT) {
        run = concat(run, { exact: part.exact, need: [] });
        continue;
      }
      whole = false;
      done.push(...needOf(run));
      run = part.exact ? { exact: part.exact, need: [] } : EMPTY;
    }
    return whole ? { exact: run.exact, need: done } : { need: [...done, ...needOf(run)] };
  }

  private quantified(atom: Info): Info {
    const c = this.peek();
    let bounds: [number, number];
    if (c === '?' || c === '*' || c === '+') {
      this.pos++;
      bounds = [c === '+' ? 1 : 0, c === '?' ? 1 : Infinity];
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) return atom;
      this.pos += m[0].length;
      const min = Number(m[1]);
      bounds = [min, m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity];
    } else return atom;
    if (this.peek() === '?') this.pos++;
    return repeat(atom, ...bounds);
  }

  private atom(): Info {
    const c = this.peek();
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') {
      this.pos++;
      return EMPTY;
    }
    if (c === '.') {
      this.pos++;
      return UNKNOWN;
    }
    const cp = this.src.codePointAt(this.pos) as number;
    const ch = String.fromCodePoint(cp);
    this.pos += ch.length;
    return { exact: [fold(ch)], need: [] };
  }

  private group(): Info {
    const rest = this.src.slice(this.pos, this.pos + 4);
    const look = /^\(\?<?[=!]/.exec(rest)?.[0];
    let skip = 1;
    if (look) skip = look.length;
    else if (rest.startsWith('(?:')) skip = 3;
    else if (rest.startsWith('(?<')) skip = this.after('>') - this.pos;
    this.pos += skip;
    const inner = this.alternation();
    this.pos++; // ')'
    if (!look) return inner;
    // A positive lookaround's text is in the paragraph too; a negative one promises nothing.
    return look.endsWith('=') ? { exact: [''], need: needOf(inner) } : EMPTY;
  }

  private escape(): Info {
    const e = this.src[this.pos + 1] ?? '';
    this.pos += 2;
    // \d is ASCII 0–9 under the `u` flag too: a condition of its own, not multiplied into the
    // strings next to it (a year «19\d\d» would give a hundred strings for little gain).
    if (e === 'd') return { need: [DIGITS] };
    if ('DwWsSpP'.includes(e)) {
      if (e === 'p' || e === 'P') this.skipBraces();
      return UNKNOWN;
    }
    if (e === 'b' || e === 'B') return EMPTY;
    if (/[1-9k]/.test(e)) {
      if (e === 'k') this.pos = this.after('>');
      return UNKNOWN;
    }
    const ch = this.escapedChar(e);
    return ch === undefined ? UNKNOWN : { exact: [fold(ch)], need: [] };
  }

  private skipBraces() {
    if (this.peek() === '{') this.pos = this.after('}');
  }

  /** Just past the next `close`, or the end of a source that lacks it (then nothing is derived). */
  private after(close: string): number {
    const at = this.src.indexOf(close, this.pos);
    return at < 0 ? this.src.length + 1 : at + 1;
  }

  /** The character of an escape whose first letter (after the backslash) is `e`, already consumed. */
  private escapedChar(e: string): string | undefined {
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (e in simple) return simple[e];
    if (e === 'u' || e === 'x') {
      const m = e === 'x' ? /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.pos)) : /^(?:\{([0-9a-fA-F]+)\}|[0-9a-fA-F]{4})/.exec(this.src.slice(this.pos));
      if (!m) return undefined;
      this.pos += m[0].length;
      return String.fromCodePoint(parseInt(m[1] ?? m[0], 16));
    }
    if (e === 'c') {
      this.pos++;
      return undefined;
    }
    return /[a-zA-Z]/.test(e) ? undefined : e;
  }

  private charClass(): Info {
    this.pos++;
    const negated = this.peek() === '^';
    if (negated) this.pos++;
    const chars = new Set<string>();
    let known = !negated;
    while (this.pos < this.src.length && this.peek() !== ']') {
      let ch: string | undefined;
      if (this.peek() === '\\') {
        const e = this.src[this.pos + 1] ?? '';
        this.pos += 2;
        if ('dDwWsSpP'.includes(e)) {
          if (e === 'p' || e === 'P') this.skipBraces();
          known = false;
          continue;
        }
        ch = e === 'b' ? '\b' : this.escapedChar(e);
      } else {
        ch = String.fromCodePoint(this.src.codePointAt(this.pos) as number);
        this.pos += ch.length;
      }
      if (ch === undefined) {
        known = false;
        continue;
      }
      if (this.peek() === '-' && this.src[this.pos + 1] !== ']' && this.src[this.pos + 1] !== undefined) {
        this.pos++;
        const to = this.src[this.pos] === '\\' ? undefined : String.fromCodePoint(this.src.codePointAt(this.pos) as number);
        if (to === undefined) {
          this.pos += 2;
          known = false;
          continue;
        }
        this.pos += to.length;
        const from = ch.codePointAt(0) as number;
        const end = to.codePointAt(0) as number;
        if (end - from >= MAX_NEED_CLASS) known = false;
        else for (let cp = from; cp <= end; cp++) chars.add(fold(String.fromCodePoint(cp)));
        continue;
      }
      chars.add(fold(ch));
    }
    this.pos++; // ']'
    if (!known || chars.size === 0) return UNKNOWN;
    // A larger class (the Latin letters) is still a condition of its own, like \d.
    if (chars.size > MAX_CLASS) return chars.size <= MAX_NEED_CLASS ? { need: [[...chars]] } : UNKNOWN;
    return { exact: [...chars], need: [] };
  }
}
