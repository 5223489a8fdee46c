import { readFileSync } from 'node:fs';
import { settingOf } from '../../src/core/checker/learned-switch.ts';
import type { LearnedSetting } from '../../src/core/checker/learned-layer.ts';
import { DEFAULTS, type TrainOptions } from './train-model.ts';

// The learned layer's shipped setting, read from the one file the app reads
// (src/data/rules/learned/config.json): how `npm run train` trains it, and how the checker adds
// and vetoes. The replay (`npm run replay`) and the leave-one-set-out figure (`npm run eval --
// --loso`) use it too, so what is measured is what ships.

export const CONFIG = 'src/data/rules/learned/config.json';

export function shippedSetting(file = CONFIG): { options: TrainOptions; setting: LearnedSetting } {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { train?: Partial<TrainOptions> };
  const setting = settingOf(data);
  if (!setting) throw new Error(`${file} holds no valid setting`);
  return { options: { ...DEFAULTS, ...data.train, threshold: setting.add }, setting };
}
