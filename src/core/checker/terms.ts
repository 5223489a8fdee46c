import { normaliseWord } from './normalise.ts';
import { stem } from './stem.ts';
import { perSpelling, type Token } from './tokenise.ts';

// Noun and adjective endings for `stem+` terms: they let урод+ match урода, уродов, but
// not the verb уродился, which Snowball would fold into the same stem.
const NOMINAL_ENDINGS = new Set(
  ('|а|я|у|ю|о|ом|ем|ой|ей|е|и|ы|ов|ев|ам|ям|ами|ями|ах|ях|ь|ью|ья|ьи|ье|ьев|ьям|ьями|ьях|' +
    'ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их|ыми|ими|ою|ею').split('|'),
);
const MAX_ENDING = 4;
const NAME = '@Name';
const QUOTED = '@Quoted';
const NAME_DATIVE = '@NameDat';
const QUOTED_PLAIN = '@QuotedPlain';
// A word inside a quoted title of a book, film or play («Сталкер» after «смотрела»): a context
// that says the sentence is about a work, not about the writer's life.
const TITLE = '@Title';
// Dative endings of names and nicknames (Пете, Игорю, Рыжему): «передай Пете» addresses someone else.
const DATIVE = /(?:[еуюи]|ому|ему)$/u;

/** Turns term strings into ids once, and a word into the ids of all terms it matches. */
export class TermIndex {
  private readonly ids = new Map<string, number>();
  private readonly prefix = new Map<string, number[]>();
  private readonly nominal = new Map<string, number[]>();
  private readonly exact = new Map<string, number[]>();
  private readonly stems = new Map<string, number[]>();
  private readonly wordCache = new Map<string, number[]>();
  private nameId = -1;
  private quotedId = -1;
  private nameDativeId = -1;
  private quotedPlainId = -1;
  private titleId = -1;
  /** Kin in the dative (`kinInDative`): never `@NameDat`. */
  private kin: ReadonlySet<string> = new Set();
  /** Ids of the terms any form of a spelling matches, kept with the spelling; renewed when terms are added. */
  private spelt: ((t: Token) => readonly number[]) | undefined;
  /** By spelling, its ids with the context terms (`@Quoted`, `@Name`…) added, for each combination of them. */
  private marked: ((t: Token) => (readonly number[] | undefined)[]) | undefined;

  /** Id of one term (`a`, `a*`, `a+`, `=a`, `@Name`, `@NameDat`, `@Quoted`, `@QuotedPlain`, `@Title`). */
  term(raw: string): number {
    const key = raw.trim();
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.ids.size;
    this.ids.set(key, id);
    if (key === NAME) this.nameId = id;
    else if (key === QUOTED) this.quotedId = id;
    else if (key === NAME_DATIVE) this.nameDativeId = id;
    else if (key === QUOTED_PLAIN) this.quotedPlainId = id;
    else if (key === TITLE) this.titleId = id;
    else if (key.endsWith('*')) add(this.prefix, normaliseWord(key.slice(0, -1)), id);
    else if (key.endsWith('+')) add(this.nominal, normaliseWord(key.slice(0, -1)), id);
    else if (key.startsWith('=')) add(this.exact, normaliseWord(key.slice(1)), id);
    else add(this.stems, stem(normaliseWord(key)), id);
    this.wordCache.clear();
    this.spelt = undefined;
    this.marked = undefined;
    return id;
  }

  /**
   * Kin in the dative («Маме из больницы передай…») are the writer's or the addressee's family,
   * not a nickname, even when capitalised at a sentence start: the context group `kindative`
   * (src/data/rules/contexts.json), as exact words (`=маме`).
   */
  kinInDative(words: readonly string[]) {
    this.kin = new Set(words.map((w) => normaliseWord(w.replace(/^=/, ''))));
  }

  /** Ids of the alternatives in `a|b|c`. */
  alternatives(raw: string): Set<number> {
    return new Set(raw.split('|').map((t) => this.term(t)));
  }

  /** Ids of all terms matched by any form of the token. */
  match(token: Token): readonly number[] {
    const quoted = this.quotedId >= 0 && token.inQuote && !token.inTitle;
    const capitalised = token.cap && !token.upper && token.script === 'cyr' && token.raw.length > 1;
    // A sentence's first word is capitalised anyway; only a dative there («Пете передай») still marks a name.
    const named = this.nameId >= 0 && capitalised && !token.atStart;
    const dative = this.nameDativeId >= 0 && capitalised && DATIVE.test(token.forms[0] ?? '') && !this.kin.has(token.forms[0] ?? '');
    const title = this.titleId >= 0 && token.inTitle;
    const own = (this.spelt ?? this.spelling())(token);
    // The common case shares the array of its spelling instead of building a new one.
    if (!quoted && !named && !dative && !title) return own;
    const plain = quoted && token.inPlainQuote && this.quotedPlainId >= 0;
    // So does a word in quotes or a name: its ids depend only on its spelling and these five
    // facts, so each combination is built once per spelling, not once per word and keystroke.
    const key = (quoted ? 1 : 0) | (plain ? 2 : 0) | (named ? 4 : 0) | (dative ? 8 : 0) | (title ? 16 : 0);
    const byKey = (this.marked ?? this.markedBySpelling())(token);
    const known = byKey[key];
    if (known) return known;
    const out = [...own];
    if (quoted) out.push(this.quotedId);
    if (plain) out.push(this.quotedPlainId);
    if (named) out.push(this.nameId);
    if (dative) out.push(this.nameDativeId);
    if (title) out.push(this.titleId);
    byKey[key] = out;
    return out;
  }

  // Made outside `match`: a closure there would cost every call a context object (V8 allocates
  // one on entry to a function that creates a closure), and `match` runs for every word.
  private spelling(): (t: Token) => readonly number[] {
    this.spelt = perSpelling((t) => this.matchForms(t));
    return this.spelt;
  }

  private markedBySpelling(): (t: Token) => (readonly number[] | undefined)[] {
    this.marked = perSpelling(() => new Array<readonly number[] | undefined>(32));
    return this.marked;
  }

  private matchForms(token: Token): readonly number[] {
    if (token.forms.length === 1) return this.matchWord(token.forms[0] as string);
    const out: number[] = [];
    for (const form of token.forms) for (const id of this.matchWord(form)) out.push(id);
    return out;
  }

  private matchWord(word: string): number[] {
    let ids = this.wordCache.get(word);
    if (ids) return ids;
    ids = [];
    push(ids, this.exact.get(word));
    push(ids, this.stems.get(stem(word)));
    for (let n = 1; n <= word.length; n++) push(ids, this.prefix.get(word.slice(0, n)));
    for (let e = 0; e <= MAX_ENDING && e < word.length; e++) {
      if (NOMINAL_ENDINGS.has(word.slice(word.length - e))) push(ids, this.nominal.get(word.slice(0, word.length - e)));
    }
    if (this.wordCache.size > 50_000) this.wordCache.clear();
    this.wordCache.set(word, ids);
    return ids;
  }
}

function add(map: Map<string, number[]>, key: string, id: number) {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

function push(into: number[], from: number[] | undefined) {
  if (from) for (const x of from) into.push(x);
}
