import type { Token } from '../tokenise.ts';
import type { Hit } from '../types.ts';
import type { DetectorInput } from './context.ts';

// Writing in capitals reads as shouting and draws a censor's eye; a hint, never a block.
export function detectShouting({ tokens }: DetectorInput): Hit[] {
  const hits: Hit[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length >= 3) hits.push({ category: 'code', severity: 'low', start: (run[0] as Token).start, end: (run[run.length - 1] as Token).end, rule: 'shouting' });
    run = [];
  };
  for (const t of tokens) {
    if (t.upper && t.raw.length >= 3) run.push(t);
    else if (t.script !== 'num') flush();
  }
  flush();
  return hits;
}
