// Timing for `npm run bench`. The benchmark runs on shared, loaded machines (CI, a
// developer's laptop, a build farm), where wall-clock time measures the load as much as
// the code. So every figure here is CPU time: what this process itself spent (user +
// system), read around each run; a run that waited for a core costs no more than one
// that did not. Medians of many runs, after untimed warm-up runs, so the JIT has settled.

/** CPU milliseconds this process has spent so far. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const median = (times: number[]) => round([...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0);

/** Median CPU time of `fn` in milliseconds, after `warmup` untimed runs. */
export function medianMs(fn: () => unknown, runs = 30, warmup = 10): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = cpuNow();
    fn();
    times.push(cpuNow() - t0);
  }
  return median(times);
}

/** Median CPU time of the async `fn` in milliseconds (it must not wait on I/O: waiting costs no CPU). */
export async function medianMsAsync(fn: () => Promise<unknown>, runs = 20, warmup = 5): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = cpuNow();
    await fn();
    times.push(cpuNow() - t0);
  }
  return median(times);
}

/** How many items per CPU second `fn(item)` handles, over `items` repeated for about `ms` CPU milliseconds. */
export function throughput<T>(items: readonly T[], fn: (item: T) => unknown, ms = 1000): number {
  for (const item of items) fn(item);
  let count = 0;
  const t0 = cpuNow();
  while (cpuNow() - t0 < ms) {
    for (const item of items) fn(item);
    count += items.length;
  }
  return Math.round(count / ((cpuNow() - t0) / 1000));
}

/**
 * How cost grows with input size: the exponent b in cost ≈ a · size^b, a least-squares
 * line through (log size, log cost). 1 is linear; 2 is quadratic; from several sizes,
 * so one noisy point moves it little.
 */
export function slope(points: readonly (readonly [size: number, cost: number])[]): number {
  const xs = points.map(([size]) => Math.log(size));
  const ys = points.map(([, cost]) => Math.log(cost));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] as number) - my);
    den += (x - mx) ** 2;
  });
  return round(den ? num / den : NaN, 3);
}

export const round = (x: number, digits = 3) => Number(x.toFixed(digits));

export type Figures = Record<string, unknown>;
