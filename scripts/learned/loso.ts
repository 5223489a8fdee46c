import { findHits } from '../../src/core/checker/index.ts';
import { compactModel, loadModel } from '../../src/core/checker/learned-data.ts';
import { LearnedLayer, type LearnedSetting } from '../../src/core/checker/learned-layer.ts';
import { falseAlarmRate, recall, scoreLetters, type Score } from '../../src/core/checker/score.ts';
import { tokenise } from '../../src/core/checker/tokenise.ts';
import type { Hit } from '../../src/core/checker/types.ts';
import type { LabelledSet } from './sets.ts';
import { DEFAULTS, examplesOf, train, type TrainOptions } from './train-model.ts';

// Leave one set out: for each labelled set, train on all the others, then score the held-out
// set with the rules alone and with the rules plus the layer as the app runs it (the compacted
// model through LearnedLayer: its medium findings where the rules are silent and, with a veto,
// the rule findings it drops), in the shipped setting unless told otherwise.

const BAR_GAIN = 0.05;
const BAR_ALARMS = 0.03;

export interface HeldOut {
  set: string;
  rules: Score;
  withModel: Score;
}

const ruleCache = new Map<string, Hit[]>();
function rulesOf(text: string): Hit[] {
  let hits = ruleCache.get(text);
  if (!hits) {
    hits = findHits(text);
    ruleCache.set(text, hits);
  }
  return hits;
}

export function scoreWith(layer: LearnedLayer | undefined, set: LabelledSet): Score {
  return scoreLetters(set.letters, (text) => {
    const rules = rulesOf(text);
    return layer ? layer.apply(tokenise(text), rules) : rules;
  });
}

/** `setting`: how the layer adds and vetoes (default: adds at the model's threshold, no veto). */
export function leaveOneSetOut(sets: readonly LabelledSet[], options: TrainOptions = DEFAULTS, setting: LearnedSetting = { add: options.threshold, veto: null }): HeldOut[] {
  const examples = new Map(sets.map((s) => [s.name, examplesOf(s.letters, options.grams, options.bigrams)]));
  return sets.map((held) => {
    const model = loadModel(compactModel(train(sets.filter((s) => s !== held).flatMap((s) => examples.get(s.name) ?? []), options)));
    if (!model) throw new Error('the compacted model does not load');
    return { set: held.name, rules: scoreWith(undefined, held), withModel: scoreWith(new LearnedLayer(model, setting), held) };
  });
}

/**
 * The table `npm run eval` prints, and the verdict. The layer is on only when it clears both bars:
 * issue 10's (pooled recall up by at least 5 points, pooled false alarms ≤ 3 %) and the stricter
 * per-set one (false alarms ≤ 3 % on every held-out set, or, where the rules alone are already
 * above that, no more than the rules' own).
 */
export function losoReport(rows: readonly HeldOut[]): { lines: string[]; gain: number; worstAlarms: number; ship: boolean } {
  const sum = (pick: (r: HeldOut) => number) => rows.reduce((a, r) => a + pick(r), 0);
  const lines = ['| held-out set | rules recall | + model | rules false alarms | + model |', '|---|---:|---:|---:|---:|'];
  const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
  for (const r of rows) {
    const rec = (s: Score) => (s.flagged ? recall(s).toFixed(3) : '—');
    lines.push(`| ${r.set} | ${rec(r.rules)} | ${rec(r.withModel)} | ${pct(falseAlarmRate(r.rules))} | ${pct(falseAlarmRate(r.withModel))} |`);
  }
  const flagged = sum((r) => r.rules.flagged);
  const before = sum((r) => r.rules.caught) / flagged;
  const after = sum((r) => r.withModel.caught) / flagged;
  const clean = sum((r) => r.rules.clean);
  const alarmsBefore = sum((r) => r.rules.alarms) / clean;
  const alarmsAfter = sum((r) => r.withModel.alarms) / clean;
  const worstAlarms = Math.max(...rows.map((r) => falseAlarmRate(r.withModel)));
  lines.push(`| **pooled** | ${before.toFixed(3)} | ${after.toFixed(3)} | ${pct(alarmsBefore)} | ${pct(alarmsAfter)} |`);
  const gain = after - before;
  const everySet = rows.every((r) => falseAlarmRate(r.withModel) <= Math.max(BAR_ALARMS, falseAlarmRate(r.rules)));
  const ship = gain >= BAR_GAIN && alarmsAfter <= BAR_ALARMS && everySet;
  lines.push(
    `Recall gain ${(100 * gain).toFixed(1)} points (bar: ≥ ${100 * BAR_GAIN}); pooled false alarms ${pct(alarmsAfter)} (bar: ≤ 3 %); ` +
      `worst held-out set ${pct(worstAlarms)}, ${everySet ? 'every set within' : 'not every set within'} 3 % (or the rules' own): the layer is ${ship ? 'on' : 'off'}.`,
  );
  return { lines, gain, worstAlarms, ship };
}
