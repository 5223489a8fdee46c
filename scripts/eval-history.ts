import { readFileSync } from 'node:fs';

// The first-run history of issue 10's rounds, read from the table in docs/checker-eval.md
// (the one record; never edited), with the pooled figure over first runs only.

interface FirstRun {
  round: string;
  commit: string;
  caught: number;
  labelled: number;
  alarms: number;
  clean: number;
}

const ROW = /^\| [\d-]+ \| (g2-round\d+) \|[^|]*\| ([^|]+) \|[^|]*\|[^|]*\| \*\*[\d.]+\*\* \((\d+)\/(\d+)\) \| \*\*[\d.]+ %\*\* \((\d+)\/(\d+)\) \|/u;

export function readHistory(path: string): FirstRun[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line) => {
      const m = ROW.exec(line);
      if (!m) return [];
      const [, round = '', commit = '', caught, labelled, alarms, clean] = m;
      return [{ round, commit: commit.trim(), caught: Number(caught), labelled: Number(labelled), alarms: Number(alarms), clean: Number(clean) }];
    });
}

export function historyLines(runs: readonly FirstRun[]): string[] {
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '—');
  const lines = ['| round | commit | first-run recall | false alarms |', '|---|---|---:|---:|'];
  for (const r of runs) {
    lines.push(`| ${r.round} | ${r.commit} | ${(r.caught / r.labelled).toFixed(2)} (${r.caught}/${r.labelled}) | ${pct(r.alarms, r.clean)} % (${r.alarms}/${r.clean}) |`);
  }
  const sum = (k: 'caught' | 'labelled' | 'alarms' | 'clean') => runs.reduce((n, r) => n + r[k], 0);
  const [c, l, a, k] = [sum('caught'), sum('labelled'), sum('alarms'), sum('clean')];
  if (l) lines.push(`| **pooled first runs** | | ${(c / l).toFixed(2)} (${c}/${l}) | ${pct(a, k)} % (${a}/${k}) |`);
  return lines;
}
