import type { Token } from '../tokenise.ts';
import type { Hit } from '../types.ts';

/** What every detector sees: the original text, its tokens, and spans already taken by contacts. */
export interface DetectorInput {
  text: string;
  tokens: readonly Token[];
  /** Spans of e-mails, URLs, handles and phone numbers: other detectors leave them alone. */
  contactSpans: readonly { start: number; end: number }[];
}

export type Detector = (input: DetectorInput) => Hit[];

/** Whether [start, end) lies inside one of `spans`, which are sorted by start (binary search). */
export function insideAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as { start: number }).start <= start) lo = mid + 1;
    else hi = mid;
  }
  // Spans may nest (an e-mail holds a domain), so look back over the few that start earlier.
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
    const s = spans[k] as { start: number; end: number };
    if (s.start <= start && end <= s.end) return true;
  }
  return false;
}
