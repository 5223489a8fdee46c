import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkInStages, checkLetter, disableLearnedLayer, enableLearnedLayer, learnedLayer } from '../../src/core/checker/index.ts';
import { medianMs, round, slope, type Figures } from '../bench-lib.ts';

// The UI re-checks the letter on every keystroke: a 5,000-character letter must take
// ≤ 2 ms. Texts are built by repeating real corpus letters, so the mix of findings is realistic.

// Only files in the repository: the figures must not depend on whether ../shared is there.
const SOURCES = ['src/core/checker/fixtures/letters.extra.json', 'src/core/checker/fixtures/letters.blind.json'];

export function corpusText(): string {
  const letters = SOURCES.filter((f) => existsSync(f)).flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as { sentences: [string, string[]][] }[]);
  return letters.map((l) => l.sentences.map(([s]) => s).join(' ')).join('\n\n');
}

export function textOfLength(base: string, length: number): string {
  let text = base;
  while (text.length < length) text += `\n\n${base}`;
  return text.slice(0, length);
}

/**
 * What each part of the checker costs, in microseconds per 5,000 characters of the whole
 * corpus mix: each pattern rule (`rule …`), the word lexicon as a whole, each detector,
 * tokenising, merging. Medians over runs of wall time (a CPU-time read per part would cost more
 * than the smaller parts), so compare figures from one run. `npm run bench -- checker --rules`.
 */
export function ruleCosts(runs = 60, top = 15): Record<string, number> {
  const text = corpusText();
  const totals = new Map<string, number[]>();
  let current = new Map<string, number>();
  const stage = <T>(name: string, run: () => T): T => {
    const t0 = performance.now();
    const out = run();
    current.set(name, (current.get(name) ?? 0) + performance.now() - t0);
    return out;
  };
  for (let i = 0; i < 10; i++) checkInStages(text, stage);
  for (let r = 0; r < runs; r++) {
    current = new Map();
    checkInStages(text, stage);
    for (const [name, ms] of current) (totals.get(name) ?? totals.set(name, []).get(name) ?? []).push(ms);
  }
  const perFiveK = (ms: number) => round((ms * 1000 * 5_000) / text.length, 1);
  const medians = [...totals].map(([name, ms]) => [name, perFiveK(median([...ms, ...Array<number>(runs - ms.length).fill(0)]))] as const);
  medians.sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(medians.slice(0, top));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

/**
 * The checker as configured (the learned layer as src/data/rules/learned/config.json says); with
 * `--learned`, both without and with the layer in one run, and their ratio (issue 10 §4: the 2 ms
 * bar holds with the layer included). `--rules --learned` costs the layer among the rules.
 */
export async function figures(): Promise<Figures> {
  if (!process.argv.includes('--learned')) return process.argv.includes('--rules') ? { microsecondsPer5kTop: ruleCosts() } : checkFigures();
  const wasOn = learnedLayer() !== undefined;
  disableLearnedLayer();
  const off = process.argv.includes('--rules') ? { microsecondsPer5kTop: ruleCosts() } : checkFigures();
  if (!(await enableLearnedLayer())) throw new Error('The learned model (src/data/rules/learned/model.json) could not be loaded.');
  const on = process.argv.includes('--rules') ? { microsecondsPer5kTop: ruleCosts() } : checkFigures();
  const ratio = typeof on.checkMsMedian5k === 'number' && typeof off.checkMsMedian5k === 'number' ? round(on.checkMsMedian5k / off.checkMsMedian5k, 3) : undefined;
  // The two passes above run one after the other, so a change in the machine's load between them
  // shows as a difference; here the 5k check alternates without and with the layer, run by run.
  const t5k = textOfLength(corpusText(), 5_000);
  const times: [number[], number[]] = [[], []];
  for (let r = 0; r < 400; r++) {
    for (const [i, on] of [
      [0, false],
      [1, true],
    ] as const) {
      if (on) await enableLearnedLayer();
      else disableLearnedLayer();
      times[i].push(medianMs(() => checkLetter(t5k), 1, 0));
    }
  }
  if (!wasOn) disableLearnedLayer();
  const [offMs, onMs] = times.map((ts) => [...ts].slice(50).sort((a, b) => a - b)[(ts.length - 50) >> 1] ?? 0) as [number, number];
  return {
    rulesAlone: off,
    withLearnedLayer: on,
    ...(ratio === undefined ? {} : { learnedOverRules5k: ratio }),
    alternating5k: { rulesAloneMs: round(offMs, 3), withLearnedLayerMs: round(onMs, 3), learnedOverRules: round(onMs / offMs, 3) },
  };
}

function checkFigures(): Figures {
  const base = corpusText();
  const t5k = textOfLength(base, 5_000);
  const t50k = textOfLength(base, 50_000);
  const t500k = textOfLength(base, 500_000);
  const m5k = medianMs(() => checkLetter(t5k), 300, 500);
  const m50k = medianMs(() => checkLetter(t50k), 40, 20);
  const m500k = medianMs(() => checkLetter(t500k), 10, 4);
  // The first 5,000 characters are lighter than the corpus as a whole (fewer findings), so
  // the per-character comparison is also made against 5k windows spread over the whole mix.
  const windows: number[] = [];
  for (let off = 0; off + 5_000 <= base.length; off += 4_500) {
    const w = base.slice(off, off + 5_000);
    windows.push(medianMs(() => checkLetter(w), 100, 50));
  }
  const mixed5k = windows.reduce((a, b) => a + b, 0) / (windows.length || 1);
  return {
    checkMsMedian5k: m5k,
    checkMsMedian50k: m50k,
    checkMsMedian500k: m500k,
    findings5k: checkLetter(t5k).length,
    // Cost per character at 500k relative to 5k: 1 is perfectly linear, a quadratic step would give ~100.
    perCharCost500kVs5k: round(m500k / 100 / m5k || 0, 2),
    // The exponent of cost over size (5k, 50k, 500k): 1 is linear (scripts/bench-lib.ts).
    checkSlope5kTo500k: slope([
      [5_000, m5k],
      [50_000, m50k],
      [500_000, m500k],
    ]),
    checkMsMean5kWindows: round(mixed5k),
    perCharCost500kVs5kWindows: round(m500k / 100 / mixed5k || 0, 2),
  };
}
