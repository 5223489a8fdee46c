import config from '../../data/rules/learned/config.json';
import { loadModel } from './learned-data.ts';
import { LearnedLayer, type LearnedSetting } from './learned-layer.ts';

// The one switch of the learned second opinion: `enabled` in src/data/rules/learned/config.json
// (off until the sealed rounds say it earns its place, issue 10 §4). When it is on, the weights
// (src/data/rules/learned/model.json, their own lazy chunk in the web build) are loaded before
// the checker answers its first call, so every check of a page sees the same checker; when it is
// off they are never fetched. A model that cannot be read leaves the rules alone, never a crash.
// A test build may switch it on with VITE_KONVERT_LEARNED=on at build time; nothing at run time can.

let layer: LearnedLayer | undefined;
let generation = 0;
/** The layer once loaded: switching it on again costs nothing (the benchmark alternates). */
let loaded: LearnedLayer | undefined;

/** The layer the checker runs, if it is on. */
export const learnedLayer = (): LearnedLayer | undefined => layer;

/** Changes whenever the layer is switched on or off: caches of findings compare it. */
export const learnedGeneration = (): number => generation;

/** The setting in the config, or `undefined` when the file does not hold a valid one. */
export function settingOf(data: unknown): LearnedSetting | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { add, veto } = data as { add?: unknown; veto?: unknown };
  const unit = (v: unknown): v is number => typeof v === 'number' && v > 0 && v < 1;
  if (!unit(add)) return undefined;
  if (veto === null || veto === undefined) return { add, veto: null };
  const { threshold, scope } = veto as { threshold?: unknown; scope?: unknown };
  if (!unit(threshold) || (scope !== 'medium' && scope !== 'medium+high')) return undefined;
  return { add, veto: { threshold, scope } };
}

/**
 * Loads the shipped model and runs the layer from now on (tests, scripts and the evaluation of
 * the switch call this; the app does only through the config). True when it is running.
 */
export async function enableLearnedLayer(): Promise<boolean> {
  let next: LearnedLayer | undefined = loaded;
  if (!next) try {
    const data: unknown = (await import('../../data/rules/learned/model.json')).default;
    const model = loadModel(data);
    const setting = settingOf(config);
    next = model && setting ? new LearnedLayer(model, setting) : undefined;
    loaded = next;
  } catch {
    // A chunk that failed to load (offline after an update): the rules alone.
    next = undefined;
  }
  layer = next;
  generation++;
  return layer !== undefined;
}

/** Back to the rules alone. */
export function disableLearnedLayer(): void {
  layer = undefined;
  generation++;
}

if (config.enabled === true || import.meta.env?.VITE_KONVERT_LEARNED === 'on') await enableLearnedLayer();
