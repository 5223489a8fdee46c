import { hasMask, normaliseWord, scriptOf, type Script } from './normalise.ts';
import { quoteSpans, sentenceStarts } from './structure.ts';

/** What a token is apart from where it stands: the same for every occurrence of a spelling. */
interface Spelling {
  raw: string;
  /** Normalised forms: the whole word first, then the parts of a hyphenated word. */
  forms: string[];
  script: Script | 'num';
  cap: boolean;
  upper: boolean;
  masked: boolean;
  facts: unknown[];
  /** The next spelling in the same bucket of `SpellingTable`. */
  next: Spelling | undefined;
}

const IN_TITLE = 1;
const IN_QUOTE = 2;
const IN_PLAIN_QUOTE = 4;
const AT_START = 8;

/**
 * A word or number with offsets into the original text and the forms the rules compare against.
 * What depends on the spelling alone is read from the `Spelling` it shares with every other
 * occurrence of the word; the token itself holds five fields, so a 500k-character check makes
 * little garbage (a token used to copy its spelling's fields: 15 per word).
 */
export class Token {
  sentence = 0;
  private place = 0;

  constructor(
    readonly start: number,
    readonly end: number,
    private readonly spelling: Spelling,
  ) {}

  get raw(): string {
    return this.spelling.raw;
  }
  /** Normalised forms: the whole word first, then the parts of a hyphenated word. */
  get forms(): string[] {
    return this.spelling.forms;
  }
  get script(): Script | 'num' {
    return this.spelling.script;
  }
  /** Starts with a capital letter. */
  get cap(): boolean {
    return this.spelling.cap;
  }
  /** Two or more letters, all capitals. */
  get upper(): boolean {
    return this.spelling.upper;
  }
  get masked(): boolean {
    return this.spelling.masked;
  }
  /** Facts about the spelling, shared by every token of it (see `perSpelling`). */
  get facts(): unknown[] {
    return this.spelling.facts;
  }
  /** Inside a quoted title such as «Прощай, оружие!». */
  get inTitle(): boolean {
    return (this.place & IN_TITLE) !== 0;
  }
  /** Inside any quotation marks. */
  get inQuote(): boolean {
    return (this.place & IN_QUOTE) !== 0;
  }
  /** Inside quotation marks that start with a small letter («зелёный чемодан»): a phrase, not a title. */
  get inPlainQuote(): boolean {
    return (this.place & IN_PLAIN_QUOTE) !== 0;
  }
  /** The first word of its sentence: a capital there says nothing about a name. */
  get atStart(): boolean {
    return (this.place & AT_START) !== 0;
  }

  /** Where the word stands: set once, by `tokenise`. */
  placed(sentence: number, atStart: boolean, quote: { title: boolean; capitalised: boolean } | undefined) {
    this.sentence = sentence;
    let place = atStart ? AT_START : 0;
    if (quote) place |= IN_QUOTE | (quote.title ? IN_TITLE : 0) | (quote.capitalised ? 0 : IN_PLAIN_QUOTE);
    this.place = place;
  }
}

const OTHER_LETTER = /[\p{L}\p{M}]/u;

function isLetter(c: number): boolean {
  if ((c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451) return true;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 0x7f && OTHER_LETTER.test(String.fromCharCode(c));
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isMaskChar = (c: number) => c === 42 || c === 35 || c === 64; // * # @
const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019; // - ' ’

// A letter uses most of its words many times, and the editor re-checks the same words on every
// keystroke: each spelling is read (lower case, script, masks, parts) once, then shared. The
// table is keyed by the characters themselves, so a word seen before costs no string slice.
// The limit counts spellings, not buckets: spellings whose hashes collide share a bucket, and
// a text built to collide («Aa» and «BB» hash alike, so do all their concatenations) would
// otherwise grow one chain without bound and make every look-up walk it. A chain is capped too:
// a spelling that finds its chain full is read afresh each time instead of being kept.
const SPELLINGS_LIMIT = 50_000;
const CHAIN_LIMIT = 8;
const spellings = new Map<number, Spelling>();
let held = 0;

function spellingAt(text: string, start: number, end: number): Spelling {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  let depth = 0;
  for (let s = spellings.get(hash); s; s = s.next, depth++) if (spelt(s.raw, text, start, end)) return s;
  const s = spell(text.slice(start, end));
  if (depth >= CHAIN_LIMIT) return s;
  if (held >= SPELLINGS_LIMIT) {
    spellings.clear();
    held = 0;
  }
  // After a clear the old chain is gone with the map; otherwise the new spelling heads it.
  s.next = spellings.get(hash);
  spellings.set(hash, s);
  held++;
  return s;
}

/** How full the spelling table is (for its tests): spellings kept, and the longest chain of one bucket. */
export function spellingTable(): { spellings: number; longestChain: number } {
  let longestChain = 0;
  for (const head of spellings.values()) {
    let n = 0;
    for (let s: Spelling | undefined = head; s; s = s.next) n++;
    longestChain = Math.max(longestChain, n);
  }
  return { spellings: held, longestChain };
}

function spelt(raw: string, text: string, start: number, end: number): boolean {
  if (raw.length !== end - start) return false;
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

function makeToken(text: string, start: number, end: number): Token {
  return new Token(start, end, spellingAt(text, start, end));
}

let slots = 0;

/**
 * A fact about a word that depends only on how it is spelt (`raw`, `forms`, `script`, `cap`,
 * `upper`, `masked`), never on where it stands: computed for the first token of a spelling and
 * kept with the spelling, so the parts of the checker that ask about every word (the lexicon,
 * the detectors) pay for each distinct word once, not per token and per keystroke.
 */
export function perSpelling<T extends NonNullable<unknown>>(compute: (t: Token) => T): (t: Token) => T {
  const slot = slots++;
  return (t) => {
    let fact = t.facts[slot] as T | undefined;
    if (fact === undefined) {
      fact = compute(t);
      t.facts[slot] = fact;
    }
    return fact;
  };
}

/**
 * Words and numbers with their offsets. A word may carry masking characters (бл*, х**,
 * п@здец) and hyphens or apostrophes between parts (сим-карта). A hand-written scan: the
 * checker runs on every keystroke, and this is its hottest loop.
 */
function scan(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      tokens.push(makeToken(text, i, j));
      i = j;
    } else if (isLetter(c)) {
      let j = i + 1;
      for (;;) {
        while (j < n && (isLetter(text.charCodeAt(j)) || isMaskChar(text.charCodeAt(j)))) j++;
        if (j + 1 < n && isJoiner(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      tokens.push(makeToken(text, i, j));
      i = j;
    } else {
      i++;
    }
  }
  return tokens;
}

function spell(raw: string): Spelling {
  const code = raw.charCodeAt(0);
  const isNum = code >= 48 && code <= 57;
  // Most words are plain lower-case Cyrillic: they are their own lower case.
  const plain = !isNum && PLAIN.test(raw);
  const lower = isNum || plain ? raw : raw.toLowerCase();
  const cap = !isNum && raw[0] !== lower[0];
  const token: Spelling = {
    raw,
    next: undefined,
    forms: [],
    script: isNum ? 'num' : 'none',
    cap,
    upper: cap && raw.length >= 2 && raw === raw.toUpperCase(),
    masked: false,
    facts: [],
  };
  // Most words are plain lower-case Cyrillic: they skip the slower checks below.
  if (isNum || plain) {
    token.forms.push(isNum ? raw : lower);
    if (!isNum) token.script = 'cyr';
    return token;
  }
  token.script = scriptOf(raw);
  token.masked = hasMask(raw);
  const joined = normaliseWord(raw.replace(/[-'’]/g, ''));
  token.forms.push(token.masked && !/^[^*#@]+[*#@]+$/.test(raw) ? joined : joined.replace(/[*#@]+$/, ''));
  // A service's name (ФСИН-письмо, ФСИН-услуги) is one word: its parts are not the prison service.
  if (/[-'’]/.test(raw) && !SERVICE.test(raw)) for (const part of raw.split(/[-'’]/)) token.forms.push(normaliseWord(part));
  token.upper = token.upper && /\p{L}.*\p{L}/u.test(raw);
  return token;
}

const PLAIN = /^[а-я]+$/;
const SERVICE = /^(?:гу|у)?фсин-(?:письм|услуг|перевод|магазин|банк|почт|лавк)/iu;

const ONE_LETTER_WORDS = new Set(['а', 'в', 'и', 'к', 'о', 'с', 'у', 'я']);

const isSingleLetter = (t: Token) => t.raw.length === 1 && t.script !== 'num';

/** Joins s p a c e d, d.o.t.t.e.d letters (three or more) back into the word they spell. */
function joinSpacedLetters(text: string, tokens: Token[]): Token[] {
  // Three single letters in a row are rare: most paragraphs have nothing to join.
  let run = 0;
  for (let i = 0; i < tokens.length && run < 3; i++) run = isSingleLetter(tokens[i] as Token) ? run + 1 : 0;
  if (run < 3) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    let j = i;
    if (isSingleLetter(first)) {
      let separator: string | undefined;
      while (j + 1 < tokens.length) {
        const next = tokens[j + 1] as Token;
        const gap = text.slice((tokens[j] as Token).end, next.start);
        // The first letter may be a sentence capital (Е б а т ь); the rest share one case.
        const model = j === i ? next : (tokens[i + 1] as Token);
        // One separator throughout (с у к и, х.у.й): «и х.й» is a word and a masked word, not one word.
        if (!isSingleLetter(next) || !/^[ .-]{1,2}$/.test(gap) || next.cap !== model.cap || (separator !== undefined && gap !== separator)) break;
        separator = gap;
        j++;
      }
    }
    if (j - i >= 2) {
      const last = tokens[j] as Token;
      const raw = spellingAt(text, first.start, last.end);
      const letters = tokens.slice(i, j + 1).map((t) => normaliseWord(t.raw));
      const word = letters.join('');
      // «с у к и в погонах»: the spaced word may swallow a following preposition.
      const forms = [word];
      for (let k = letters.length - 1; k >= 3 && ONE_LETTER_WORDS.has(letters[k] as string); k--) forms.push(letters.slice(0, k).join(''));
      // Spelt differently from the letters' raw text, so it has a spelling (and facts) of its own.
      const spelling: Spelling = { ...raw, forms, script: scriptOf(word), upper: (tokens[i + 1] as Token).cap, facts: [], next: undefined };
      out.push(new Token(first.start, last.end, spelling));
      i = j;
    } else {
      out.push(first);
    }
  }
  return out;
}

export function tokenise(text: string): Token[] {
  const joined = joinSpacedLetters(text, scan(text));
  const starts = sentenceStarts(text);
  const quotes = quoteSpans(text);
  let s = 0;
  let q = 0;
  let previous = -1;
  for (const t of joined) {
    while (s + 1 < starts.length && (starts[s + 1] as number) <= t.start) s++;
    while (q < quotes.length && (quotes[q] as { end: number }).end <= t.start) q++;
    const quote = quotes[q];
    t.placed(s, s !== previous, quote && quote.start <= t.start && t.end <= quote.end ? quote : undefined);
    previous = s;
  }
  return joined;
}
