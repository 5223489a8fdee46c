import { performance } from 'node:perf_hooks';

/** Median wall time of `fn` in milliseconds, after `warmup` untimed runs. */
export function medianMs(fn: () => unknown, runs = 30, warmup = 10): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)] ?? 0);
}

export async function medianMsAsync(fn: () => Promise<unknown>, runs = 20, warmup = 5): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)] ?? 0);
}

/** How many items per second `fn(item)` handles, over `items` repeated for about `ms` milliseconds. */
export function throughput<T>(items: readonly T[], fn: (item: T) => unknown, ms = 1000): number {
  for (const item of items) fn(item);
  let count = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    for (const item of items) fn(item);
    count += items.length;
  }
  return Math.round(count / ((performance.now() - t0) / 1000));
}

export const round = (x: number, digits = 3) => Number(x.toFixed(digits));

export type Figures = Record<string, unknown>;
