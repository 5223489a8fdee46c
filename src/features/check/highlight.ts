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
 */
export function highlightSegments(text: string, findings: readonly Finding[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const f of findings) {
    cuts.add(Math.max(0, Math.min(text.length, f.start)));
    cuts.add(Math.max(0, Math.min(text.length, f.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = findings.flatMap((f, index) => (f.start <= start && f.end >= end && f.end > f.start ? [index] : []));
    const severity = covering.reduce<Severity | null>((best, index) => {
      const s = (findings[index] as Finding).severity;
      return best === null || rank[s] > rank[best] ? s : best;
    }, null);
    const last = segments[segments.length - 1];
    // Neighbouring pieces with the same findings are one piece.
    if (last && last.findings.join() === covering.join()) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), start, findings: covering, severity });
  }
  return segments;
}

/** Counts per severity, for the summary line. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
