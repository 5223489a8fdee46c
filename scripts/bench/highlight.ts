import { checkLetter } from '../../src/core/checker/index.ts';
import { highlightSegments } from '../../src/features/check/highlight.ts';
import { medianMs, slope, type Figures } from '../bench-lib.ts';
import { corpusText, textOfLength } from './checker.ts';

// The check screen cuts the letter into highlighted pieces at every finding's edges
// (src/features/check/highlight.ts), and the editor does the same per paragraph on each
// keystroke. Issue 15's bar: 100,000 characters in ≤ 5 ms, growing linearly with length.
// Only the cutting is timed here; the findings are the checker's own for the same text.
export function figures(): Figures {
  const base = corpusText();
  const sizes = [10_000, 100_000, 500_000] as const;
  const cases = sizes.map((size) => {
    const text = textOfLength(base, size);
    return { size, text, findings: checkLetter(text) };
  });
  // Warm the JIT on every size first: otherwise the first size measured pays for it and the slope reads low.
  for (const c of cases) for (let i = 0; i < 10; i++) highlightSegments(c.text, c.findings);
  const points = cases.map(({ size, text, findings }) => ({
    size,
    findings: findings.length,
    ms: medianMs(() => highlightSegments(text, findings), size > 100_000 ? 15 : 60, 10),
  }));
  const at = (size: number) => points.find((p) => p.size === size);
  return {
    segmentsMs10k: at(10_000)?.ms,
    segmentsMs100k: at(100_000)?.ms,
    segmentsMs500k: at(500_000)?.ms,
    findings100k: at(100_000)?.findings,
    // The exponent of cost over size: 1 is linear, 2 quadratic (scripts/bench-lib.ts).
    segmentsSlope10kTo500k: slope(points.map((p) => [p.size, p.ms] as const)),
  };
}
