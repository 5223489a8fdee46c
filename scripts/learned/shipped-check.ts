import { existsSync, readFileSync } from 'node:fs';
import { compactModel, loadModel } from '../../src/core/checker/learned-data.ts';
import { LearnedLayer } from '../../src/core/checker/learned-layer.ts';
import { scoreLetters } from '../../src/core/checker/score.ts';
import { tokenise } from '../../src/core/checker/tokenise.ts';
import { examplesAt, replayRounds } from './replay.ts';
import { shippedSetting } from './shipped-setting.ts';
import { train } from './train-model.ts';

// Does the replay's figure for the shipped setting equal what the app would do? For each
// first-run row FROM…TO: the shipped setting's model trained on what existed at its commit,
// compacted and loaded as the app loads model.json, run through LearnedLayer.apply (the checker's
// own code path) on the old rules' hits; compared with variants.ts's cached tallies of the same
// cell (the script path: uncompacted model, grid-score.ts). Usage: node --import tsx
// scripts/learned/shipped-check.ts [--from 30] [--to 46] [--variant D]

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] as string) : fallback;
};
const from = Number(opt('from', '30'));
const to = Number(opt('to', '46'));
const { options, setting } = shippedSetting();
const cell = `add ${setting.add}, ${setting.veto ? `veto ${setting.veto.scope === 'medium' ? 'medium' : 'm+h'} ${setting.veto.threshold}` : 'no veto'}`;
const rounds = replayRounds().filter((r) => {
  const n = Number(/\d+$/.exec(r.round)?.[0]);
  return n >= from && n <= to;
});
let same = 0;
const differ: string[] = [];
const layers = new Map<string, LearnedLayer>();
for (const r of rounds) {
  let layer = layers.get(r.commit);
  if (!layer) {
    const model = loadModel(JSON.parse(JSON.stringify(compactModel(train(examplesAt(r.commit, options.grams, options.bigrams), options)))));
    if (!model) throw new Error('the compacted model does not load');
    layers.set(r.commit, (layer = new LearnedLayer(model, setting)));
  }
  const app = scoreLetters(r.letters, (text) => (layer as LearnedLayer).apply(tokenise(text), r.hits.get(text) ?? []));
  const stem = `/tmp/konvert-replay/s9/${r.commit}-${opt('variant', 'D')}-${rounds.filter((x) => x.commit === r.commit).map((x) => x.round).join('+')}`;
  const file = [`${stem}-orders1.json`, `${stem}.json`].find((f) => existsSync(f));
  const cached = (file ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Record<string, Record<string, { caught: number; alarms: number }>[]>;
  const script = cached[r.round]?.[0]?.[cell];
  const line = `${r.round}: app ${app.caught}/${app.flagged}, ${app.alarms}/${app.clean}; script ${script?.caught}, ${script?.alarms}`;
  if (script && script.caught === app.caught && script.alarms === app.alarms) same++;
  else differ.push(line);
}
process.stdout.write(`${cell}: ${same} of ${rounds.length} rounds identical\n${differ.join('\n')}\n`);
