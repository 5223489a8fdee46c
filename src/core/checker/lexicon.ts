import { lookBehindLate } from './late-look-behind.ts';
import { LiteralIndex } from './literal-index.ts';
import { requiredLiterals } from './literals.ts';
import { allMatches } from './matches.ts';
import type { RuleData } from './rule-types.ts';
import { inSimile } from './simile.ts';
import { TermIndex } from './terms.ts';
import type { Token } from './tokenise.ts';
import type { Hit } from './types.ts';

// Rules are compiled once into maps from term id to the rules it can start, so checking a
// letter costs a few map look-ups per word, however many rules the catalogue holds.

interface Exception {
  ids: Set<number>;
  before: number;
  after: number;
  /** The terms it may cancel (`RuleException.only`); undefined: any match of the rule. */
  only?: Set<number>;
}

interface Compiled {
  rule: RuleData;
  exceptions: Exception[];
  regexes: RegExp[];
  /**
   * Per expression, the conditions (in `literals`) a paragraph must meet for it to match: the
   * strings derived from its source (`requiredLiterals`), and the rule's own `patternsNeed`.
   */
  needs: number[][];
  /** Only in a sentence that asks a question. */
  question: boolean;
  /** Not for a one-word match the writer compares something to («как приговор»). */
  notInSimile: boolean;
  /** The rule's own meanings of its terms, by term id (the shared glossary fills the gaps). */
  meanings: Map<number, string>;
}

// `slot` numbers the phrase and together rules of two or more parts: the check marks, by slot, those
// whose second part occurs where it could match, and tries only those (see `PartTwoIndex`).
type Trigger =
  | { kind: 'term'; c: Compiled; parts: Set<number>[] }
  | { kind: 'phrase'; c: Compiled; parts: Set<number>[]; gap: number; slot: number }
  | { kind: 'together'; c: Compiled; parts: Set<number>[]; window: number; slot: number };

/** Runs one part of a check; only a benchmark passes one, to time it (`checkInStages`). */
export type Stage = <T>(name: string, run: () => T) => T;

interface CheckContext {
  text: string;
  tokens: readonly Token[];
  ids: readonly (readonly number[])[];
  bounds: SentenceBounds;
  has: (i: number, set: Set<number>) => boolean;
  questions: ReadonlySet<number>;
  hits: Hit[];
}
type Emit = (c: Compiled, first: number, last: number, at: readonly number[], parts: readonly Set<number>[]) => void;

const DEFAULT_GAP = 2;
const DEFAULT_WINDOW = 8;
const SENTENCE = 1000;

export class Lexicon {
  private readonly index = new TermIndex();
  /** By term id (ids are small consecutive numbers, so an array beats a map on the hot path). */
  private readonly triggers: (Trigger[] | undefined)[] = [];
  private readonly phraseTwo = new PartTwoIndex();
  private readonly togetherTwo = new PartTwoIndex();
  private readonly withPatterns: Compiled[] = [];
  private readonly literals = new LiteralIndex();
  /** Words that introduce a name: «назвали», «зовут», «кличка», «кот»… */
  private readonly naming: Set<number>;
  /** English meanings of terms in the shared glossary, by term id. */
  private readonly glossary = new Map<number, string>();
  /** Reused by every check (a check never calls another), so a paragraph allocates no typed arrays. */
  private bounds: SentenceBounds = { first: new Int32Array(0), last: new Int32Array(0) };

  constructor(rules: readonly RuleData[], groups: Readonly<Record<string, string[]>>, glossary: Readonly<Record<string, string>> = {}) {
    const expand = (alts: string) =>
      alts
        .split('|')
        .flatMap((t) => (t.startsWith('#') ? (groups[t.slice(1)] ?? missing(t)) : [t]))
        .join('|');
    this.naming = this.index.alternatives(expand('#naming'));
    this.index.kinInDative(groups.kindative ?? []);
    for (const [term, meaning] of Object.entries(glossary)) {
      for (const id of this.index.alternatives(expand(term))) if (!this.glossary.has(id)) this.glossary.set(id, meaning);
    }
    for (const rule of rules) {
      const meanings = new Map<number, string>();
      for (const [term, meaning] of Object.entries(rule.meanings ?? {})) {
        for (const id of this.index.alternatives(expand(term))) if (!meanings.has(id)) meanings.set(id, meaning);
      }
      const c: Compiled = {
        rule,
        meanings,
        question: rule.inQuestion === true,
        notInSimile: rule.notInSimile === true,
        exceptions: (rule.unless ?? []).map((u) => ({
          ids: this.index.alternatives(expand(u.near)),
          before: u.before ?? SENTENCE,
          after: u.after ?? SENTENCE,
          ...(u.only === undefined ? {} : { only: this.index.alternatives(expand(u.only)) }),
        })),
        // Compiled with a leading «no letter before» asked one character later, where that is the
        // same condition and lets V8 scan ahead (late-look-behind.ts); the gates read the source.
        regexes: (rule.patterns ?? []).map((p) => {
          const flags = rule.matchCase ? 'gu' : 'giu';
          return new RegExp(lookBehindLate(p, flags), flags);
        }),
        needs: (rule.patterns ?? []).map((p) => {
          const needs = requiredLiterals(p).map((alts) => this.literals.condition(alts));
          if (rule.patternsNeed) needs.push(this.literals.condition(rule.patternsNeed));
          return needs;
        }),
      };
      for (const term of rule.terms ?? []) {
        const ids = this.index.alternatives(expand(term));
        this.on(ids, { kind: 'term', c, parts: [ids] });
      }
      for (const phrase of rule.phrases ?? []) {
        const parts = phrase.split(/\s+/).map((p) => this.index.alternatives(expand(p)));
        const gap = rule.gap ?? DEFAULT_GAP;
        this.on(parts[0] as Set<number>, { kind: 'phrase', c, parts, gap, slot: this.phraseTwo.add(parts[1], gap) });
      }
      if (rule.together) {
        const parts = rule.together.map((p) => this.index.alternatives(expand(p)));
        this.on(parts[0] as Set<number>, { kind: 'together', c, parts, window: rule.window ?? DEFAULT_WINDOW, slot: this.togetherTwo.add(parts[1], 0) });
      }
      if (c.regexes.length) this.withPatterns.push(c);
    }
  }

  private on(ids: Set<number>, trigger: Trigger) {
    for (const id of ids) {
      const list = this.triggers[id];
      if (list) list.push(trigger);
      else this.triggers[id] = [trigger];
    }
  }

  private sentenceBounds(tokens: readonly Token[]): SentenceBounds {
    this.bounds = fillSentenceBounds(tokens, this.bounds);
    return this.bounds;
  }

  check(text: string, tokens: readonly Token[], stage?: Stage): Hit[] {
    const ids = tokens.map((t) => this.index.match(t));
    const bounds = this.sentenceBounds(tokens);
    const has = (i: number, set: Set<number>) => {
      for (const id of ids[i] as readonly number[]) if (set.has(id)) return true;
      return false;
    };
    const hits: Hit[] = [];
    const questions = questionSentences(text, tokens);
    const ctx: CheckContext = { text, tokens, ids, bounds, has, questions, hits };
    const emit = (c: Compiled, first: number, last: number, at: readonly number[], parts: readonly Set<number>[]) => {
      if (c.question && !questions.has((tokens[first] as Token).sentence)) return;
      if (this.cancelled(c, tokens, bounds, first, last, has)) return;
      if (c.notInSimile && first === last && inSimile(text, tokens, first, questions.has((tokens[first] as Token).sentence))) return;
      const a = tokens[first] as Token;
      const b = tokens[last] as Token;
      const hit: Hit = { category: c.rule.category, severity: c.rule.severity, start: a.start, end: b.end, rule: c.rule.id };
      this.describe(hit, c, tokens, ids, at, this.listedAfter(c, tokens, ids, last, parts), parts);
      hits.push(hit);
    };
    if (stage) stage('lexicon words', () => this.checkWords(ctx, emit));
    else this.checkWords(ctx, emit);
    if (this.withPatterns.length) {
      if (stage) stage('pattern gates', () => this.literals.scan(text));
      else this.literals.scan(text);
    }
    for (const c of this.withPatterns) {
      if (!this.mayMatch(c)) continue;
      if (stage) stage(`rule ${c.rule.id}`, () => this.checkPatterns(ctx, c));
      else this.checkPatterns(ctx, c);
    }
    return hits;
  }

  private checkWords({ tokens, ids, bounds, has, questions }: CheckContext, emit: Emit) {
    // Which multi-part rules could match here, marked once per word (phrases) or per sentence
    // (together): most rules that a common word («на», «в») starts fail at their second part.
    let phrasesAt = -1;
    let togetherIn = -1;
    for (let i = 0; i < tokens.length; i++) {
      for (const id of ids[i] as readonly number[]) {
        const triggers = this.triggers[id];
        if (!triggers) continue;
        for (const t of triggers) {
          if (t.c.question && !questions.has((tokens[i] as Token).sentence)) continue;
          if (t.kind === 'term') {
            if (!NAMES_MATTER.has(t.c.rule.category) && isPetName(tokens, i, this.naming, has)) continue;
            emit(t.c, i, i, [i], t.parts);
          } else if (t.kind === 'phrase') {
            if (phrasesAt !== i) {
              this.phraseTwo.markAfter(ids, tokens, i);
              phrasesAt = i;
            }
            if (!this.phraseTwo.marked(t.slot)) continue;
            const at = matchPhrase(tokens, i, t.parts, t.gap, has);
            if (at) emit(t.c, i, at[at.length - 1] as number, at, t.parts);
          } else {
            if (togetherIn !== (tokens[i] as Token).sentence) {
              this.togetherTwo.markSentence(ids, bounds.first[i] as number, bounds.last[i] as number);
              togetherIn = (tokens[i] as Token).sentence;
            }
            if (!this.togetherTwo.marked(t.slot)) continue;
            const at = matchTogether(tokens, i, t.parts, t.window, has);
            if (at) emit(t.c, Math.min(...at), Math.max(...at), at, t.parts);
          }
        }
      }
    }
  }

  // Plain loops: these run for every pattern rule on every paragraph, most of which they skip,
  // and a closure or an entries() iterator there cost an allocation each time.
  /** Whether the paragraph meets every condition in `needs`. */
  private holdsAll(needs: readonly number[]): boolean {
    for (let i = 0; i < needs.length; i++) if (!this.literals.holds(needs[i] as number)) return false;
    return true;
  }

  /** Whether any of the rule's expressions could match the paragraph just scanned. */
  private mayMatch(c: Compiled): boolean {
    for (let k = 0; k < c.needs.length; k++) if (this.holdsAll(c.needs[k] as number[])) return true;
    return false;
  }

  private checkPatterns({ text, tokens, bounds, has, questions, hits }: CheckContext, c: Compiled) {
    for (let k = 0; k < c.regexes.length; k++) {
      const re = c.regexes[k] as RegExp;
      if (!this.holdsAll(c.needs[k] as number[])) continue;
      for (const m of allMatches(re, text)) {
        const first = firstEndingAfter(tokens, m.index);
        // The match's last word is the last one starting inside it, not the first ending after
        // its last character: a match ending on punctuation («…«дядя Саша».») would otherwise
        // take the next sentence's first word (or none, at the end of the text, which skipped
        // the rule's exceptions altogether), and its context window with it.
        const lastIdx = firstStartingAt(tokens, m.index + m[0].length) - 1;
        let start = m.index;
        let end = m.index + m[0].length;
        const a = tokens[first];
        const b = tokens[lastIdx];
        if (a && b && lastIdx >= first && a.start < end) {
          if (c.question && !questions.has(a.sentence)) continue;
          // A match that takes in a quotation mark reads the quotation itself («Бок о бок», «дядя
          // Саша»), so it is not a word inside a title that the title skip is for.
          if (this.cancelled(c, tokens, bounds, first, lastIdx, has, QUOTE_MARKS.has(text[m.index] as string) || QUOTE_MARKS.has(text[end - 1] as string))) continue;
          // A pattern may match a single letter; the finding covers the words it touches.
          start = Math.min(start, a.start);
          end = Math.max(end, b.start < end ? b.end : end);
        }
        hits.push({ category: c.rule.category, severity: c.rule.severity, start, end, rule: c.rule.id, words: [m[0]] });
      }
    }
  }

  /** Names what a rule matched: the words as written, and their English meanings where known. */
  /**
   * A list goes on after the match («пятьсот рублей и пару пакетиков чая», «сушёной мяты»):
   * the next few words that a part of the rule names with a meaning belong to the finding too.
   */
  private meaningOf(c: Compiled, id: number): string | undefined {
    return c.meanings.get(id) ?? this.glossary.get(id);
  }

  /** The words listed after the match that a part of the rule names with a meaning (none: undefined, so nothing is allocated). */
  private listedAfter(c: Compiled, tokens: readonly Token[], ids: readonly (readonly number[])[], last: number, parts: readonly Set<number>[]): number[] | undefined {
    let more: number[] | undefined;
    const sentence = (tokens[last] as Token).sentence;
    for (let k = last + 1, skipped = 0; k < tokens.length && skipped <= 3 && (tokens[k] as Token).sentence === sentence; k++) {
      if (this.meaningAt(c, ids[k] as readonly number[], undefined, parts) !== undefined) {
        (more ??= []).push(k);
        skipped = 0;
      } else skipped++;
    }
    return more;
  }

  /**
   * The meaning of the first of a word's term ids that `part` holds (undefined: any of `parts`)
   * and that has one. Loops, not closures: this runs for every match on every keystroke.
   */
  private meaningAt(c: Compiled, wordIds: readonly number[], part: Set<number> | undefined, parts: readonly Set<number>[]): string | undefined {
    for (const id of wordIds) {
      let inPart = false;
      if (part) inPart = part.has(id);
      else for (let q = 0; q < parts.length && !inPart; q++) inPart = (parts[q] as Set<number>).has(id);
      if (!inPart) continue;
      const meaning = this.meaningOf(c, id);
      if (meaning !== undefined) return meaning;
    }
    return undefined;
  }

  /** Positions `at`, then the list after them (`more`), as one sequence without building it. */
  private describe(
    hit: Hit,
    c: Compiled,
    tokens: readonly Token[],
    ids: readonly (readonly number[])[],
    at: readonly number[],
    more: readonly number[] | undefined,
    parts: readonly Set<number>[],
  ) {
    const count = at.length + (more?.length ?? 0);
    const position = (p: number) => (p < at.length ? at[p] : (more as readonly number[])[p - at.length]) as number;
    let end = -1;
    for (let p = 0; p < count; p++) end = Math.max(end, position(p));
    if ((tokens[end] as Token).end > hit.end) hit.end = (tokens[end] as Token).end;
    const words: string[] = [];
    let what: string[] | undefined;
    for (let p = 0; p < count; p++) {
      const pos = position(p);
      // Positions past the match came from the list after it: any part may name them.
      const meaning = this.meaningAt(c, ids[pos] as readonly number[], p < parts.length ? parts[p] : undefined, parts);
      // Words without a meaning of their own (вложила, в конверт) only frame the match.
      if (meaning === undefined) continue;
      words.push((tokens[pos] as Token).raw);
      if (!what) what = [meaning];
      else if (!what.includes(meaning)) what.push(meaning);
    }
    if (words.length === 0) for (let p = 0; p < count; p++) words.push((tokens[position(p)] as Token).raw);
    hit.words = words;
    if (what) hit.what = what;
  }

  private cancelled(
    c: Compiled,
    tokens: readonly Token[],
    bounds: SentenceBounds,
    first: number,
    last: number,
    has: (i: number, s: Set<number>) => boolean,
    quotation = false,
  ): boolean {
    const a = tokens[first] as Token;
    if (!c.rule.inTitles && !quotation && a.inTitle && (tokens[last] as Token).inTitle) return true;
    for (const ex of c.exceptions) {
      if (ex.only && !has(first, ex.only) && !has(last, ex.only)) continue;
      const from = Math.max(bounds.first[first] as number, first - ex.before);
      const to = Math.min(bounds.last[last] as number, last + ex.after);
      for (let j = from; j <= to; j++) {
        if (j !== first && j !== last && has(j, ex.ids)) return true;
      }
    }
    return false;
  }
}

// Pet names are clean (the corpus README: Генерал, Шериф, Бандерас): a trap word written
// with a capital in mid-sentence just after «назвали», «зовут», «кот»… is a name, not a word.
// Politics keeps its hits: a cat called Путин still reads as politics to a censor.
const NAMES_MATTER = new Set<string>(['politics']);
const NAME_CUE_WINDOW = 4;

function isPetName(tokens: readonly Token[], i: number, naming: Set<number>, has: (i: number, s: Set<number>) => boolean): boolean {
  const t = tokens[i] as Token;
  if (!t.cap || t.upper || i === 0 || (tokens[i - 1] as Token).sentence !== t.sentence) return false;
  for (let j = i - 1; j >= Math.max(0, i - NAME_CUE_WINDOW) && (tokens[j] as Token).sentence === t.sentence; j--) {
    if (has(j, naming)) return true;
  }
  return false;
}

function matchPhrase(tokens: readonly Token[], i: number, parts: Set<number>[], gap: number, has: (i: number, s: Set<number>) => boolean): number[] | undefined {
  let pos = i;
  // Built once a second part is found: most tries fail there, and allocate nothing.
  let at: number[] | undefined;
  const sentence = (tokens[i] as Token).sentence;
  for (let p = 1; p < parts.length; p++) {
    let found = -1;
    for (let j = pos + 1; j <= pos + 1 + gap && j < tokens.length && (tokens[j] as Token).sentence === sentence; j++) {
      if (has(j, parts[p] as Set<number>)) {
        found = j;
        break;
      }
    }
    if (found < 0) return undefined;
    pos = found;
    (at ??= [i]).push(found);
  }
  return at ?? [i];
}

function matchTogether(tokens: readonly Token[], i: number, parts: Set<number>[], window: number, has: (i: number, s: Set<number>) => boolean): number[] | undefined {
  const sentence = (tokens[i] as Token).sentence;
  let at: number[] | undefined;
  for (let p = 1; p < parts.length; p++) {
    let found = -1;
    // Nearest first, the word before ahead of the word after at the same distance.
    for (let d = 1; d <= window && found < 0; d++) {
      for (let side = 0; side < 2; side++) {
        const j = side === 0 ? i - d : i + d;
        if (j < 0 || j >= tokens.length || (tokens[j] as Token).sentence !== sentence) continue;
        if (has(j, parts[p] as Set<number>)) {
          found = j;
          break;
        }
      }
    }
    if (found < 0) return undefined;
    (at ??= [i]).push(found);
  }
  return at ?? [i];
}

/**
 * The second parts of multi-part rules, indexed by term id, so that one look at the words where a
 * second part could stand marks every rule that might match there. A rule that is not marked
 * cannot match, so skipping it changes nothing; a marked one is still matched in full.
 */
class PartTwoIndex {
  /** Slots whose second part holds the term id. */
  private readonly bySecond: (number[] | undefined)[] = [];
  /** Per slot, how far after the first word its second part may stand (phrases). */
  private readonly reach: number[] = [];
  private maxReach = 0;
  private marks = new Uint32Array(0);
  private stamp = 0;

  /** A slot for a rule with these parts (-1 for a single part: nothing to pre-check). */
  add(second: Set<number> | undefined, gap: number): number {
    if (!second) return -1;
    const slot = this.reach.length;
    this.reach.push(gap + 1);
    this.maxReach = Math.max(this.maxReach, gap + 1);
    for (const id of second) (this.bySecond[id] ??= []).push(slot);
    return slot;
  }

  private next() {
    if (this.marks.length !== this.reach.length) this.marks = new Uint32Array(this.reach.length);
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.marks.fill(0);
      this.stamp = 1;
    }
  }

  private mark(id: number, within: number) {
    const slots = this.bySecond[id];
    if (!slots) return;
    for (const slot of slots) if (within <= (this.reach[slot] as number)) this.marks[slot] = this.stamp;
  }

  /** Marks the phrases whose second part stands within its gap after word `i`, in the same sentence. */
  markAfter(ids: readonly (readonly number[])[], tokens: readonly Token[], i: number) {
    this.next();
    const sentence = (tokens[i] as Token).sentence;
    for (let j = i + 1; j <= i + this.maxReach && j < tokens.length && (tokens[j] as Token).sentence === sentence; j++) {
      for (const id of ids[j] as readonly number[]) this.mark(id, j - i);
    }
  }

  /** Marks the rules whose second part stands anywhere in the sentence of words `first`…`last`. */
  markSentence(ids: readonly (readonly number[])[], first: number, last: number) {
    this.next();
    for (let j = first; j <= last; j++) for (const id of ids[j] as readonly number[]) this.mark(id, 0);
  }

  marked(slot: number): boolean {
    return slot < 0 || this.marks[slot] === this.stamp;
  }
}

interface SentenceBounds {
  /** For each token, the index of the first and the last token of its sentence. */
  first: Int32Array;
  last: Int32Array;
}

/** Fills `bounds` (grown when too short) for `tokens`; its arrays may be longer than the tokens. */
function fillSentenceBounds(tokens: readonly Token[], bounds: SentenceBounds): SentenceBounds {
  if (bounds.first.length < tokens.length) {
    const size = Math.max(tokens.length, bounds.first.length * 2, 64);
    bounds = { first: new Int32Array(size), last: new Int32Array(size) };
  }
  const { first, last } = bounds;
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || (i > 0 && (tokens[i] as Token).sentence !== (tokens[i - 1] as Token).sentence)) {
      for (let k = start; k < i; k++) {
        first[k] = start;
        last[k] = i - 1;
      }
      start = i;
    }
  }
  return bounds;
}

/** Index of the first token that ends after `offset` (binary search), or -1. */
export function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < tokens.length ? lo : -1;
}

/** The first token starting at or after `offset` (tokens.length when none does). */
function firstStartingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const QUOTE_MARKS: ReadonlySet<string> = new Set(['«', '»', '"', '„', '“', '”']);

const NO_QUESTIONS: ReadonlySet<number> = new Set();

/** Sentences (by token sentence number) whose text ends in a question mark. */
function questionSentences(text: string, tokens: readonly Token[]): ReadonlySet<number> {
  if (!text.includes('?')) return NO_QUESTIONS;
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence) continue;
    // The sentence ends after its last word: a «?» before the next word (or the end) asks.
    const tail = text.slice(t.end, next ? next.start : text.length);
    if (tail.includes('?')) out.add(t.sentence);
  }
  return out;
}

function missing(group: string): never {
  throw new Error(`Unknown context group ${group} in the rule catalogue`);
}
