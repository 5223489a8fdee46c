import { describe, expect, it } from 'vitest';
import { gainAtBudget, logFit, subsample, type Tallies } from '../../scripts/learned/curve.ts';

// The learning-curve arithmetic (scripts/learned/curve.ts): the addition's gain read off its
// recall/false-alarm curve at a budget, the log fit, and the seeded subsample.

/** Rules alone 80/100 caught, 4/100 alarms; each addition threshold adds [caught, alarms]. */
const curve = (adds: Record<string, [number, number]>): Tallies => ({
  rules: { caught: 80, labelled: 100, alarms: 4, clean: 100 },
  ...Object.fromEntries(Object.entries(adds).map(([t, [c, a]]) => [`add ${t}`, { caught: 80 + c, labelled: 100, alarms: 4 + a, clean: 100 }])),
});

describe('gainAtBudget', () => {
  it.each<[string, Record<string, [number, number]>, number, number]>([
    ['nothing added at any threshold', { 0.9: [0, 0], 0.95: [0, 0], 0.98: [0, 0], 0.99: [0, 0], 0.995: [0, 0], 0.998: [0, 0], 0.999: [0, 0] }, 0.5, 0],
    ['a threshold exactly at the budget', { 0.9: [9, 3], 0.95: [6, 2], 0.98: [5, 1], 0.99: [4, 0.5], 0.995: [2, 0], 0.998: [1, 0], 0.999: [0, 0] }, 0.5, 4],
    ['between two thresholds: linear', { 0.9: [8, 3], 0.95: [6, 2], 0.98: [4, 1], 0.99: [2, 0], 0.995: [1, 0], 0.998: [0, 0], 0.999: [0, 0] }, 0.5, 3],
    ['every threshold over budget: the best line from zero', { 0.9: [4, 3], 0.95: [3, 2], 0.98: [3, 2], 0.99: [2, 2], 0.995: [2, 2], 0.998: [2, 1], 0.999: [2, 1] }, 0.5, 1],
    ['a threshold with fewer alarms than the rules starts the line', { 0.9: [5, 3], 0.95: [4, 2], 0.98: [4, 2], 0.99: [4, 2], 0.995: [3, -1], 0.998: [2, 1], 0.999: [2, 1] }, 0.5, 3.75],
  ])('%s', (_, adds, budget, gain) => {
    expect(gainAtBudget(curve(adds), budget)).toBeCloseTo(gain, 6);
  });
});

describe('logFit', () => {
  it.each<[string, [number, number][], number, number]>([
    ['one point per doubling', [[0.25, 1], [0.5, 2], [1, 3]], 1, 4],
    ['flat', [[0.25, 2], [0.5, 2], [1, 2]], 0, 2],
  ])('%s', (_, points, slope, atTwo) => {
    const fit = logFit(points);
    expect(fit.slope).toBeCloseTo(slope, 6);
    expect(fit.at(2)).toBeCloseTo(atTwo, 6);
  });
});

describe('subsample', () => {
  const ex = (n: number, set: string) => Array.from({ length: n }, (_, i) => ({ features: [`${set}${i}`], labels: [] }));
  const sets = [
    { name: 'a', examples: ex(10, 'a') },
    { name: 'b', examples: ex(10, 'b') },
    { name: 'c', examples: ex(20, 'c') },
  ];
  it.each<[number, 'sentence' | 'set', number]>([
    [1, 'sentence', 40],
    [0.25, 'sentence', 10],
    [0.5, 'sentence', 20],
    [1, 'set', 40],
  ])('fraction %s by %s keeps %i sentences', (fraction, by, n) => {
    expect(subsample(sets, fraction, 7, by)).toHaveLength(n);
  });
  it('by set keeps whole sets, and the same seed gives the same sample', () => {
    const once = subsample(sets, 0.5, 3, 'set');
    expect(once).toEqual(subsample(sets, 0.5, 3, 'set'));
    const kept = new Set(once.map((e) => (e.features[0] as string)[0]));
    expect(once).toHaveLength([...kept].reduce((n, s) => n + (s === 'c' ? 20 : 10), 0));
  });
});
