import { allMatches } from '../matches.ts';
import type { Hit } from '../types.ts';

// A template blank left as typed ({city}, {aboutMe}) would be printed and sent as is: the
// writer who cannot read Russian would never notice. Nothing should print until it is gone.
const BLANK = /\{[^{}\n]{0,60}\}/gu;

export function findPlaceholders(text: string): Hit[] {
  if (!text.includes('{')) return [];
  return allMatches(BLANK, text).map((m) => ({
    category: 'template' as const,
    severity: 'high' as const,
    start: m.index,
    end: m.index + m[0].length,
    rule: 'placeholder',
    words: [m[0]],
    what: [m[0]],
  }));
}
