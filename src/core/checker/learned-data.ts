import type { LearnedModel } from './learned.ts';
import { CATEGORIES } from './types.ts';

// The learned layer's weights as shipped (src/data/rules/learned/model.json). The full model that
// `train()` returns is 3 MB of JSON (40k features × 10 classes, each weight rounded to 0.01).
// Shipped, each weight is one signed byte counting hundredths, so the compaction loses nothing:
// a softmax does not change when the same number is added to every class of a feature, so each
// feature's row is first centred on its lower median (one class then weighs exactly 0 and the
// rest stay mostly within ±1.27); the few weights further out are kept beside it exactly.
// `npm run train` writes this form; learned-data.test.ts checks that it decides every labelled
// sentence as the full model does.

export const LEARNED_FORMAT = 'konvert-learned/1';

/** A stored weight counts this much: the training rounds every weight to it. */
export const UNIT = 0.01;
/** The byte that says «this weight is in `wide`». */
const ESCAPE = -128;

/** The shipped form: plain JSON. */
export interface CompactModel {
  format: typeof LEARNED_FORMAT;
  classes: string[];
  bias: number[];
  grams: boolean;
  bigrams: boolean;
  /** Feature keys (`w:стем`, `g:<адв`, `b:суд_адвокат`, `#num`, `#lat`), one per line, in row order. */
  features: string;
  /** Base64 of signed bytes, row after row (one byte per class): weights in hundredths, −128 where `wide` holds it. */
  weights: string;
  /** Pairs (position among the bytes, weight in hundredths) for weights beyond ±1.27. */
  wide: number[];
  /** How the model was made: for the record, not read to predict. */
  trainedOn?: unknown;
}

export interface CompactOptions {
  /** A feature whose centred weights all stay below this (in absolute value) is left out; 0 keeps every one. */
  prune: number;
}

export const COMPACT_DEFAULTS: CompactOptions = { prune: 0 };

/** The model as the checker runs it: weights in one typed array, features by key. */
export interface RuntimeModel {
  classes: readonly string[];
  bias: Float64Array;
  grams: boolean;
  bigrams: boolean;
  /** Row of each feature key. */
  rows: ReadonlyMap<string, number>;
  /** rows × classes, row-major, in hundredths (exact integers: small enough to stay in the CPU's cache). */
  weights: Int16Array;
}

/** A row in hundredths, less its lower median. */
function centred(row: readonly number[]): number[] {
  const units = row.map((v) => Math.round(v / UNIT));
  const median = [...units].sort((a, b) => a - b)[(units.length - 1) >> 1] as number;
  return units.map((u) => u - median);
}

export function compactModel(full: LearnedModel, options: CompactOptions = COMPACT_DEFAULTS): CompactModel {
  const K = full.classes.length;
  const kept = Object.keys(full.weights)
    .sort()
    .map((f) => [f, centred(full.weights[f] as number[])] as const)
    .filter(([, row]) => row.some((u) => Math.abs(u) * UNIT >= options.prune && u !== 0));
  const bytes = new Int8Array(kept.length * K);
  const wide: number[] = [];
  kept.forEach(([, row], i) => {
    row.forEach((u, k) => {
      const at = i * K + k;
      if (u > 127 || u < -127) {
        bytes[at] = ESCAPE;
        wide.push(at, u);
      } else bytes[at] = u;
    });
  });
  return {
    format: LEARNED_FORMAT,
    classes: [...full.classes],
    bias: [...full.bias],
    grams: full.grams,
    bigrams: full.bigrams === true,
    features: kept.map(([f]) => f).join('\n'),
    weights: toBase64(new Uint8Array(bytes.buffer)),
    wide,
    ...(full.trainedOn === undefined ? {} : { trainedOn: full.trainedOn }),
  };
}

/**
 * Rebuilds the runtime model from the shipped data, or gives `undefined` when the data is not a
 * model this code can read (a corrupt or half-written file, another format): the checker then
 * runs on its rules alone rather than fail a writer's check.
 */
export function loadModel(data: unknown): RuntimeModel | undefined {
  if (!isCompact(data)) return undefined;
  const K = data.classes.length;
  const features = data.features === '' ? [] : data.features.split('\n');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(data.weights);
  } catch {
    return undefined;
  }
  if (bytes.length !== features.length * K || new Set(features).size !== features.length) return undefined;
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const weights = Int16Array.from(signed);
  for (let i = 0; i < data.wide.length; i += 2) {
    const at = data.wide[i] as number;
    const units = data.wide[i + 1] as number;
    if (!Number.isInteger(at) || at < 0 || at >= signed.length || signed[at] !== ESCAPE) return undefined;
    if (!Number.isInteger(units) || Math.abs(units) > 0x7fff) return undefined;
    weights[at] = units;
  }
  // Every escaped byte must have its weight in `wide`, once.
  if (signed.reduce((n, b) => (b === ESCAPE ? n + 1 : n), 0) !== new Set(data.wide.filter((_, i) => i % 2 === 0)).size) return undefined;
  return {
    classes: data.classes,
    bias: Float64Array.from(data.bias),
    grams: data.grams,
    bigrams: data.bigrams,
    rows: new Map(features.map((f, i) => [f, i])),
    weights,
  };
}

const KNOWN_CLASSES = new Set<string>(['clean', ...CATEGORIES]);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isCompact(d: unknown): d is CompactModel {
  if (typeof d !== 'object' || d === null) return false;
  const m = d as Partial<Record<keyof CompactModel, unknown>>;
  if (m.format !== LEARNED_FORMAT || !Array.isArray(m.classes) || !Array.isArray(m.bias)) return false;
  const K = m.classes.length;
  return (
    K >= 2 &&
    m.classes[0] === 'clean' &&
    m.classes.every((c) => typeof c === 'string' && KNOWN_CLASSES.has(c)) &&
    new Set(m.classes).size === K &&
    m.bias.length === K &&
    m.bias.every(finite) &&
    Array.isArray(m.wide) &&
    m.wide.length % 2 === 0 &&
    m.wide.every(finite) &&
    typeof m.grams === 'boolean' &&
    typeof m.bigrams === 'boolean' &&
    typeof m.features === 'string' &&
    typeof m.weights === 'string'
  );
}

// atob/btoa exist in browsers and in Node 20 alike; the model is a few hundred kilobytes, so
// one pass over a string is fine.
function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
