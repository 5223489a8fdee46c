import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// The old commit's rules on one or many labelled sets in one process (replay.ts, residual.ts):
// every hit, low ones included (the rules' near-miss signals), keyed by letter id, one output
// file per set. Usage: tsx replay-sets-hits.ts DIR IN1.json OUT1.json [IN2.json OUT2.json …]

interface Hit {
  category: string;
  severity: string;
  start: number;
  end: number;
  rule?: string;
}
interface Letter {
  id: string;
  sentences: [string, string[]][];
}

const [dir = '', ...pairs] = process.argv.slice(2);
const core = (await import(pathToFileURL(`${dir}/src/core/checker/index.ts`).href)) as { findHits: (text: string) => Hit[] };
for (let i = 0; i + 1 < pairs.length; i += 2) {
  const [input, out] = [pairs[i] as string, pairs[i + 1] as string];
  if (existsSync(out)) continue;
  const letters = JSON.parse(readFileSync(input, 'utf8')) as Letter[];
  const hits: Record<string, Hit[]> = {};
  for (const l of letters) {
    // Joined exactly as score.ts joins a letter's sentences.
    const text = l.sentences.map(([s]) => s).join(' ');
    hits[l.id] = core.findHits(text).map(({ category, severity, start, end, rule }) => ({ category, severity, start, end, rule }));
  }
  writeFileSync(out, JSON.stringify(hits));
}
