import type { Finding, Severity } from '../../core/checker/index.ts';

export interface Segment {
  text: string;
  start: number;
  /** Indices into the findings array of every finding covering this piece. */
  findings: number[];
  /** The most serious severity among them, for the colour. */
  severity: Severity | null;
}

const rank: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/**
 * Cuts the letter into pieces at every finding boundary, so overlapping findings
 * still show as one continuous highlight, coloured by the most serious of them.
 * One sweep over the sorted boundaries keeps the set of open findings: the cost grows
 * with the number of findings (times how many overlap at once), not with their square.
 */
export function highlightSegments(text: string, findings: readonly Finding[]): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  // Boundary events: +1 opens finding i at a position, -1 closes it.
  const events: [position: number, index: number, open: boolean][] = [];
  findings.forEach((f, i) => {
    const start = clamp(f.start);
    const end = clamp(f.end);
    if (end > start) events.push([start, i, true], [end, i, false]);
  });
  events.sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  const open = new Set<number>();
  let position = 0;
  const emit = (end: number) => {
    if (end <= position) return;
    const covering = [...open].sort((a, b) => a - b);
    const last = segments[segments.length - 1];
    // Neighbouring pieces with the same findings are one piece.
    if (last && last.findings.join() === covering.join()) last.text += text.slice(position, end);
    else segments.push({ text: text.slice(position, end), start: position, findings: covering, severity: strongest(findings, covering) });
    position = end;
  };
  for (const [at, index, opens] of events) {
    emit(at);
    if (opens) open.add(index);
    else open.delete(index);
  }
  emit(text.length);
  if (segments.length === 0) segments.push({ text, start: 0, findings: [], severity: null });
  return segments;
}

function strongest(findings: readonly Finding[], covering: readonly number[]): Severity | null {
  let best: Severity | null = null;
  for (const i of covering) {
    const s = (findings[i] as Finding).severity;
    if (best === null || rank[s] > rank[best]) best = s;
  }
  return best;
}

/** Counts per severity, for the summary line. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
