import { describe, expect, it } from 'vitest';
import { medianMs, medianMsAsync, slope, throughput } from '../../scripts/bench-lib.ts';

describe('the bench harness', () => {
  const sizes = [5_000, 10_000, 50_000, 100_000, 500_000];

  it.each([
    ['linear', (n: number) => 0.0003 * n, 1],
    ['quadratic', (n: number) => 1e-9 * n * n, 2],
    ['constant', () => 4, 0],
    ['n log n, close to linear', (n: number) => 1e-5 * n * Math.log(n), 1.1],
  ])('fits a %s cost to its exponent', (_, cost, exponent) => {
    expect(slope(sizes.map((n) => [n, cost(n)] as const))).toBeCloseTo(exponent, 1);
  });

  it('measures CPU time, so a run that only waits costs nothing', async () => {
    const busy = () => {
      const end = performance.now() + 2;
      while (performance.now() < end);
    };
    expect(medianMs(busy, 5, 1)).toBeGreaterThan(1);
    const idle = await medianMsAsync(() => new Promise((r) => setTimeout(r, 20)), 3, 1);
    expect(idle).toBeLessThan(10);
    expect(throughput([1, 2, 3], (x) => x * 2, 20)).toBeGreaterThan(1000);
  });
});
