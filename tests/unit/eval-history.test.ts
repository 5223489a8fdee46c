import { describe, expect, it } from 'vitest';
import { historyLines, readHistory } from '../../scripts/eval-history.ts';

describe('the first-run history of the checker rounds', () => {
  const runs = readHistory(new URL('../../docs/checker-eval.md', import.meta.url).pathname);

  it('reads every recorded round with its counts', () => {
    expect(runs.length).toBeGreaterThanOrEqual(9);
    for (const r of runs) {
      expect(r.caught).toBeLessThanOrEqual(r.labelled);
      expect(r.alarms).toBeLessThanOrEqual(r.clean);
    }
  });

  it('pools first runs by summing caught and labelled sentences', () => {
    const pooled = historyLines([
      { round: 'a', commit: 'x', caught: 1, labelled: 2, alarms: 0, clean: 10 },
      { round: 'b', commit: 'y', caught: 3, labelled: 4, alarms: 1, clean: 10 },
    ]).at(-1);
    expect(pooled).toBe('| **pooled first runs** | | 0.67 (4/6) | 5.0 % (1/20) |');
  });
});
