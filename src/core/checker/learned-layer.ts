import { forEachGram, LATIN_FEATURE, NUMBER_FEATURE, NUMBER_PAIR, sentenceSpans, wordKey, type SentenceSpan } from './learned.ts';
import { UNIT, type RuntimeModel } from './learned-data.ts';
import { perSpelling, type Token } from './tokenise.ts';
import type { Category, Hit } from './types.ts';

// The learned second opinion as the checker runs it (issue 10 §4): for each sentence no rule
// found anything of high or medium severity in, the model's class scores from the sentence's
// features; a sentence it reads as likely to be stopped gets a medium finding of its likeliest
// category, naming the words that weighed most. Optionally a veto: a rule's finding of a
// vetoable kind is dropped where the model is very sure every sentence it touches is clean.
//
// It has to be nearly free (the 5k check's budget is 2 ms and the rules take 1.9): a word's
// feature rows are found once per spelling (strings are cut and looked up only then), a
// sentence then costs one pass over its tokens adding rows of a typed array, and pairs of
// neighbouring stems are looked up by an integer key.

export type VetoScope = 'medium' | 'medium+high';

/** How the layer is run: the switch and its thresholds live in src/data/rules/learned/config.json. */
export interface LearnedSetting {
  /** A sentence the rules left silent is flagged when 1 − p(clean) reaches this. */
  add: number;
  /** Rule findings of a vetoable kind are dropped where p(clean) of each sentence they touch reaches `threshold`. */
  veto: { threshold: number; scope: VetoScope } | null;
}

// Never vetoed, whatever the model says: mat and contact details at any severity; high findings
// of crime (drugs, weapons), enclosures (SIM cards, money) and foreign (a language the censor
// cannot read). The same kinds as session 8's replay (scripts/learned/veto-rule.ts).
const PROTECTED = new Set<string>(['obscene', 'contacts', 'template']);
const HIGH_PROTECTED = new Set<string>(['crime', 'enclosures', 'obscene', 'contacts', 'foreign', 'template']);

export function vetoable(h: Hit, scope: VetoScope): boolean {
  if (PROTECTED.has(h.category) || h.rule === LEARNED_RULE) return false;
  if (h.severity === 'medium') return true;
  return scope === 'medium+high' && h.severity === 'high' && !HIGH_PROTECTED.has(h.category);
}

export const LEARNED_RULE = 'learned';
/** At most this many words are named as what weighed most. */
const NAMED_WORDS = 3;
/** A word is named when it weighed at least this share of the heaviest one. */
const NAMED_SHARE = 0.4;

/**
 * A word's part of a sentence's scores, found once per spelling and packed into one typed array,
 * so a token costs a read or two of memory that sits together (the checker's rules run between
 * two sentences and push the layer's data out of the CPU's cache; scattered objects and a map of
 * pairs cost it a miss each):
 * [its id among the stems in pairs (or −1), n, its n rows (its `w:` row and four-gram rows, each
 * once), the sum of their weights per class (hundredths), m, then m × (left stem id, row) for the
 * pairs in which it is the right-hand word].
 */
type WordRows = Int32Array;
const PAIR = 0;
const COUNT = 1;
const ROWS = 2;

const NONE = -1;
const TIE = 1e-9;

export class LearnedLayer {
  private readonly K: number;
  private readonly z: Float64Array;
  /** The sentence's weights summed in hundredths: integers, so the order of adding cannot matter. */
  private readonly acc: Int32Array;
  /**
   * Row → the stamp of the last sentence that counted it (a sentence's features are a set).
   * One byte a row keeps it small enough to stay in the CPU's cache; it is cleared every 255 sentences.
   */
  private readonly seen: Uint8Array;
  private stamp = 0;
  private readonly pairIds = new Map<string, number>();
  /** Right-hand stem id → (left stem id, row) of each pair it ends. */
  private readonly pairsEnding = new Map<number, number[]>();
  private readonly numberRow: number;
  private readonly latinRow: number;
  private readonly numberPair: number;
  private readonly rowsOf: (t: Token) => WordRows;

  constructor(
    readonly model: RuntimeModel,
    readonly setting: LearnedSetting,
  ) {
    this.K = model.classes.length;
    this.z = new Float64Array(this.K);
    this.acc = new Int32Array(this.K);
    this.seen = new Uint8Array(model.rows.size);
    this.numberRow = model.rows.get(NUMBER_FEATURE) ?? NONE;
    this.latinRow = model.rows.get(LATIN_FEATURE) ?? NONE;
    const pairs: [number, number, number][] = [];
    if (model.bigrams) {
      for (const [key, row] of model.rows) {
        if (!key.startsWith('b:')) continue;
        const cut = key.indexOf('_', 2);
        pairs.push([this.pairId(key.slice(2, cut), true), this.pairId(key.slice(cut + 1), true), row]);
      }
    }
    for (const [left, right, row] of pairs) (this.pairsEnding.get(right) ?? this.pairsEnding.set(right, []).get(right) ?? []).push(left, row);
    this.numberPair = this.pairId(NUMBER_PAIR, false);
    // Each layer keeps its own facts: a model loaded later (a test's) never reads another's rows.
    this.rowsOf = perSpelling((t) => this.wordRows(t));
  }

  private pairId(stem: string, add: boolean): number {
    let id = this.pairIds.get(stem);
    if (id === undefined && add) this.pairIds.set(stem, (id = this.pairIds.size));
    return id ?? NONE;
  }

  private wordRows(t: Token): WordRows {
    const key = wordKey(t);
    const rows: number[] = [];
    const word = this.model.rows.get(`w:${key}`);
    if (word !== undefined) rows.push(word);
    if (this.model.grams) {
      forEachGram(t, (g) => {
        const row = this.model.rows.get(`g:${g}`);
        if (row !== undefined && !rows.includes(row)) rows.push(row);
      });
    }
    const sum = new Int32Array(this.K);
    for (const row of rows) this.addRow(sum, row);
    // An empty stem starts no pair (as in training, where it is falsy).
    const pair = key ? this.pairId(key, false) : NONE;
    const ending = pair === NONE ? [] : (this.pairsEnding.get(pair) ?? []);
    return Int32Array.from([pair, rows.length, ...rows, ...sum, ending.length / 2, ...ending]);
  }

  private addRow(z: Int32Array, row: number): void {
    const w = this.model.weights;
    const at = row * this.K;
    for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) + (w[at + k] as number);
  }

  /**
   * The class scores (logits) of the sentence tokens[from, to), left in `this.z`; with `each`,
   * also calls it for each feature row counted, with the token that first brought it (a token's
   * pair with its left neighbour counts as its own). Each row counts once per sentence.
   */
  private score(tokens: readonly Token[], from: number, to: number, each?: (row: number, at: number) => void): Float64Array {
    const { seen, acc, model } = this;
    // No closure here: the checker's scripts run under a loader that wraps every closure it creates.
    const stamp = this.nextStamp();
    acc.fill(0);
    // NONE: no left neighbour yet, or one that starts no pair the model knows.
    let previous = NONE;
    for (let i = from; i < to; i++) {
      const t = tokens[i] as Token;
      if (t.script === 'num') {
        this.count(this.numberRow, stamp, i, each);
        previous = this.numberPair;
        continue;
      }
      if (t.script === 'lat') this.count(this.latinRow, stamp, i, each);
      const word = this.rowsOf(t);
      const n = word[COUNT] as number;
      const sumAt = ROWS + n;
      if (model.bigrams && previous !== NONE) {
        const pairsAt = sumAt + this.K;
        const end = pairsAt + 1 + 2 * (word[pairsAt] as number);
        for (let p = pairsAt + 1; p < end; p += 2) {
          if (word[p] === previous) {
            this.count(word[p + 1] as number, stamp, i, each);
            break;
          }
        }
      }
      previous = word[PAIR] as number;
      // Most words share no row with the words before them: their sum is added in one go.
      let fresh = each === undefined;
      for (let r = ROWS; fresh && r < sumAt; r++) fresh = seen[word[r] as number] !== stamp;
      if (fresh) {
        for (let r = ROWS; r < sumAt; r++) seen[word[r] as number] = stamp;
        for (let k = 0; k < acc.length; k++) acc[k] = (acc[k] as number) + (word[sumAt + k] as number);
      } else for (let r = ROWS; r < sumAt; r++) this.count(word[r] as number, stamp, i, each);
    }
    const z = this.z;
    for (let k = 0; k < z.length; k++) z[k] = (model.bias[k] as number) + (acc[k] as number) * UNIT;
    return z;
  }

  /** Adds a row to the sentence's scores unless the sentence has it already. */
  private count(row: number, stamp: number, at: number, each: ((row: number, at: number) => void) | undefined): void {
    if (row === NONE || this.seen[row] === stamp) return;
    this.seen[row] = stamp;
    this.addRow(this.acc, row);
    if (each) each(row, at);
  }

  private nextStamp(): number {
    if (++this.stamp === 0x100) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }

  /** p(clean) of the sentence tokens[from, to); its likeliest category's class index is left in `this.best`. */
  private clean(tokens: readonly Token[], from: number, to: number): number {
    const z = this.score(tokens, from, to);
    const z0 = z[0] as number;
    let sum = 0;
    // Two categories the model cannot tell apart (a sentence trained with both labels) go to the first one.
    let best = 1;
    for (let k = 0; k < z.length; k++) {
      sum += Math.exp((z[k] as number) - z0);
      if (k >= 2 && (z[k] as number) > (z[best] as number) + TIE) best = k;
    }
    this.best = best;
    return 1 / sum;
  }
  private best = 1;

  /** Probabilities of each class (clean first) for the sentence tokens[from, to). */
  probabilities(tokens: readonly Token[], from = 0, to = tokens.length): number[] {
    const z = this.score(tokens, from, to);
    let max = -Infinity;
    for (const v of z) max = Math.max(max, v);
    const e = Array.from(z, (v) => Math.exp(v - max));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / sum);
  }

  /**
   * The rule hits of one block after the veto, with the layer's own findings added, sorted by
   * start. `hits` are the rules' merged hits on `tokens` (the same text).
   */
  apply(tokens: readonly Token[], hits: readonly Hit[]): Hit[] {
    const strong = hits.filter((h) => h.severity !== 'low');
    const veto = this.setting.veto;
    const sentences = sentenceSpans(tokens);
    const pClean = new Map<number, number>();
    const cleanOf = (s: number) => {
      let p = pClean.get(s);
      if (p === undefined) {
        const span = sentences[s] as SentenceSpan;
        p = this.clean(tokens, span.from, span.to);
        pClean.set(s, p);
      }
      return p;
    };
    const kept = veto
      ? hits.filter((h) => {
          if (!vetoable(h, veto.scope)) return true;
          const touched = sentencesTouching(sentences, h);
          return !(touched.length > 0 && touched.every((s) => cleanOf(s) >= veto.threshold));
        })
      : [...hits];
    let added = false;
    for (let s = 0; s < sentences.length; s++) {
      const span = sentences[s] as SentenceSpan;
      if (strong.some((h) => h.start < span.end && h.end > span.start)) continue;
      const hit = this.judge(tokens, span);
      if (hit) {
        kept.push(hit);
        added = true;
      }
    }
    return added ? kept.sort((a, b) => a.start - b.start) : kept;
  }

  /** The layer's finding on a sentence, if it reads as likely to be stopped. */
  private judge(tokens: readonly Token[], span: SentenceSpan): Hit | undefined {
    if (1 - this.clean(tokens, span.from, span.to) < this.setting.add) return undefined;
    const best = this.best;
    return {
      category: this.model.classes[best] as Category,
      severity: 'medium',
      start: span.start,
      end: span.end,
      rule: LEARNED_RULE,
      words: this.heaviestWords(tokens, span, best),
    };
  }

  /** The words of the sentence that weighed most toward class `k` against `clean`, as written, in text order. */
  heaviestWords(tokens: readonly Token[], span: SentenceSpan, k: number): string[] {
    const { K } = this;
    const w = this.model.weights;
    const weight = new Float64Array(span.to - span.from);
    this.score(tokens, span.from, span.to, (row, at) => {
      weight[at - span.from] = (weight[at - span.from] as number) + (w[row * K + k] as number) - (w[row * K] as number);
    });
    const order = Array.from(weight.keys())
      .filter((i) => (weight[i] as number) > 0 && tokens[span.from + i]?.script !== 'num')
      .sort((a, b) => (weight[b] as number) - (weight[a] as number) || a - b);
    const top = weight[order[0] ?? 0] ?? 0;
    const named: number[] = [];
    const spellings = new Set<string>();
    for (const i of order) {
      if (named.length === NAMED_WORDS || (weight[i] as number) < NAMED_SHARE * top) break;
      const raw = (tokens[span.from + i] as Token).raw;
      if (spellings.has(raw)) continue;
      spellings.add(raw);
      named.push(i);
    }
    return named.sort((a, b) => a - b).map((i) => (tokens[span.from + i] as Token).raw);
  }
}

function sentencesTouching(sentences: readonly SentenceSpan[], h: Hit): number[] {
  const out: number[] = [];
  sentences.forEach((s, i) => {
    if (s.start < h.end && s.end > h.start) out.push(i);
  });
  return out;
}
