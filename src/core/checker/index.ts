import glosses from '../../data/rules/glosses.json';
import { CONTEXT_GROUPS, RULES } from './catalogue.ts';
import { forEachBlock } from './blocks.ts';
import { findChessMoves } from './detectors/chess.ts';
import { detectCiphers } from './detectors/ciphers.ts';
import { findSameSexPartner } from './detectors/couple.ts';
import { findContacts } from './detectors/contacts.ts';
import type { Detector } from './detectors/context.ts';
import { detectEncoded } from './detectors/encoded.ts';
import { detectLatin } from './detectors/latin.ts';
import { detectNumbers } from './detectors/numbers.ts';
import { detectObscene } from './detectors/obscene.ts';
import { detectOtherLanguages } from './detectors/other-languages.ts';
import { findOtherScripts } from './detectors/other-scripts.ts';
import { findPlaceholders } from './detectors/placeholder.ts';
import { acrosticLines, applyQuiet, keepFollowUps } from './follows.ts';
import { detectShouting } from './detectors/shouting.ts';
import { detectUkrainian } from './detectors/ukrainian.ts';
import { LEARNED_RULE } from './learned-layer.ts';
import { learnedGeneration, learnedLayer } from './learned-switch.ts';
import { Lexicon, type Stage } from './lexicon.ts';
import { mergeHits } from './merge.ts';
import { localise } from './messages.ts';
import { tokenise, type Token } from './tokenise.ts';
import type { CheckOptions, Finding, Hit, Lang } from './types.ts';

export type { Category, CheckOptions, Finding, Hit, Lang, Severity } from './types.ts';
export { CATEGORIES, SEVERITIES } from './types.ts';
export { chunkEnd } from './blocks.ts';
export { disableLearnedLayer, enableLearnedLayer, learnedLayer } from './learned-switch.ts';

// Compiled once per page load; every keystroke then costs one pass over the text.
const lexicon = new Lexicon(RULES, CONTEXT_GROUPS, glosses.terms);
const rulesById = new Map(RULES.map((r) => [r.id, r]));
// Named, so that `npm run bench -- checker --rules` can say what each one costs.
const DETECTORS: [string, Detector][] = [
  ['chess', ({ text }) => findChessMoves(text)],
  ['other-scripts', ({ text }) => findOtherScripts(text)],
  ['latin', detectLatin],
  ['ukrainian', detectUkrainian],
  ['other-languages', detectOtherLanguages],
  ['numbers', detectNumbers],
  ['ciphers', detectCiphers],
  ['encoded', detectEncoded],
  ['obscene', detectObscene],
  ['shouting', detectShouting],
];

/**
 * Findings as codes (rule ids), merged and sorted: for callers that translate themselves.
 * Every rule looks no further than its sentence, and sentences end at a line break, so a
 * letter is checked one paragraph (line) at a time; that is also what lets the editor
 * re-check only the paragraphs that changed (see `createIncrementalCheck`) and get the
 * same findings as a full check, by construction.
 */
export function findHits(text: string): Hit[] {
  // A block's hits are its own new objects (`mergeHits` makes them), so they are moved in place.
  return assemble(text, (block) => findHitsIn(block), moved);
}

type BlockCheck = (block: string) => readonly Hit[];

function moved(h: Hit, offset: number): Hit {
  h.start += offset;
  h.end += offset;
  return h;
}

/**
 * Each hit of `text`, made into an output item by `place` as soon as its block is checked (given
 * the block's offset), sorted by start. A 500k check's hits would otherwise all be kept until the
 * end as hits and then again as findings: placed at once, a block's hits die young.
 */
function assemble<T extends { start: number; end: number; rule: string }>(text: string, check: BlockCheck, place: (h: Hit, offset: number) => T): T[] {
  const out: T[] = [];
  forEachBlock(text, (start, end) => {
    for (const h of check(text.slice(start, end))) out.push(place(h, start));
  });
  // A blank left from a template, and who the writer is (a woman naming her wife), are read
  // from the whole text: each is a cheap pattern, so the incremental check runs them every time.
  const whole = [...findPlaceholders(text), ...findSameSexPartner(text)];
  for (const h of whole) out.push(place(h, 0));
  // Stable: items of one start keep the order in which they were found.
  out.sort((a, b) => a.start - b.start);
  // The learned layer speaks only where no rule found anything strong, these two included.
  const strong = whole.filter((h) => h.severity !== 'low');
  return strong.length && learnedLayer() ? out.filter((o) => !isLearnedUnder(o, strong)) : out;
}

function isLearnedUnder(item: { start: number; end: number; rule: string }, strong: readonly Hit[]): boolean {
  return item.rule === LEARNED_RULE && strong.some((h) => h.start < item.end && h.end > item.start);
}

/** The finding of `hit`, found in a block that starts at `offset` (the hit itself is left as it is). */
function localiseAt(hit: Hit, offset: number, lang: Lang): Finding {
  const finding = localise(hit, lang, rulesById);
  finding.start += offset;
  finding.end += offset;
  return finding;
}

// `stage` is given only by the benchmark (`checkInStages`); without it each part is called
// directly, so that a keystroke's check builds no timing closures.
function findHitsIn(text: string, stage?: Stage): Hit[] {
  if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(text)) return [];
  const tokens = stage ? stage('tokenise', () => tokenise(text)) : tokenise(text);
  const contacts = stage ? stage('detector contacts', () => findContacts(text)) : findContacts(text);
  const input = { text, tokens, contactSpans: contacts };
  const hits = [...contacts, ...lexicon.check(text, tokens, stage)];
  for (const [name, detect] of DETECTORS) hits.push(...(stage ? stage(`detector ${name}`, () => detect(input)) : detect(input)));
  const merged = stage ? stage('follow-ups and merge', () => followUpsAndMerge(hits, tokens, text)) : followUpsAndMerge(hits, tokens, text);
  // The learned second opinion, when it is switched on (src/data/rules/learned/config.json).
  const layer = learnedLayer();
  if (!layer) return merged;
  return stage ? stage('learned layer', () => layer.apply(tokens, merged)) : layer.apply(tokens, merged);
}

function followUpsAndMerge(hits: readonly Hit[], tokens: readonly Token[], text: string): Hit[] {
  const kept = keepFollowUps(applyQuiet(hits, rulesById), tokens, rulesById);
  const lines = acrosticLines(kept, tokens, text);
  return mergeHits(lines.length ? [...kept, ...lines] : kept);
}

/**
 * Runs every paragraph of `text` through the checker with each part wrapped in `stage`, which
 * may time it: `npm run bench -- checker --rules` shows what each rule and detector costs.
 */
export function checkInStages(text: string, stage: Stage): void {
  forEachBlock(text, (start, end) => findHitsIn(text.slice(start, end), stage));
}

/** Everything in a letter a prison censor is likely to stop, with messages in `lang` (Russian by default). */
export function checkLetter(text: string, options: CheckOptions = {}): Finding[] {
  const lang = options.lang ?? 'ru';
  return assemble(text, (block) => findHitsIn(block), (h, offset) => localiseAt(h, offset, lang));
}

/** Localises hits found elsewhere (a Web Worker may send hits and let the page localise them). */
export function localiseHits(hits: readonly Hit[], lang: Lang = 'ru'): Finding[] {
  return hits.map((h) => localise(h, lang, rulesById));
}

export interface IncrementalCheck {
  /** The findings of `text`, exactly those of `checkLetter(text, options)`; re-checks only changed paragraphs. */
  check(text: string, options?: CheckOptions): Finding[];
  /** How many paragraphs the last call had to check afresh (for tests and the editor's own measurements). */
  readonly lastChecked: number;
}

/**
 * For the editor: remembers the findings of each paragraph of the previous text, so a
 * keystroke costs one paragraph, not the whole letter. Pure apart from its cache; cheap to
 * keep one per editor (or per Web Worker).
 */
export function createIncrementalCheck(): IncrementalCheck {
  let previous = new Map<string, readonly Hit[]>();
  let checked = 0;
  let generation = learnedGeneration();
  return {
    get lastChecked() {
      return checked;
    },
    check(text, options = {}) {
      const current = new Map<string, readonly Hit[]>();
      const lang = options.lang ?? 'ru';
      // Paragraphs checked before the learned layer was switched on or off are checked afresh.
      if (generation !== learnedGeneration()) {
        previous = new Map();
        generation = learnedGeneration();
      }
      checked = 0;
      const findings = assemble(
        text,
        (block) => {
          let found = current.get(block) ?? previous.get(block);
          if (!found) {
            found = findHitsIn(block);
            checked++;
          }
          current.set(block, found);
          return found;
        },
        // The cached hits stay as they are: the findings carry the offsets.
        (h, offset) => localiseAt(h, offset, lang),
      );
      previous = current;
      return findings;
    },
  };
}
