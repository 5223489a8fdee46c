import type { Token } from '../tokenise.ts';
import type { Hit } from '../types.ts';
import type { DetectorInput } from './context.ts';

// Writing in capitals reads as shouting and draws a censor's eye; a hint, never a block.
export function detectShouting({ tokens }: DetectorInput): Hit[] {
  const hits: Hit[] = [];
  // The run is kept as the first and last of its words, so a letter in small letters allocates nothing.
  let first: Token | undefined;
  let last: Token | undefined;
  let length = 0;
  const flush = () => {
    if (length >= 3 && first && last) hits.push({ category: 'code', severity: 'low', start: first.start, end: last.end, rule: 'shouting' });
    length = 0;
  };
  for (const t of tokens) {
    if (t.upper && t.raw.length >= 3) {
      if (length === 0) first = t;
      last = t;
      length++;
    } else if (t.script !== 'num') flush();
  }
  flush();
  return hits;
}
