import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// One step of the prospective replay (scripts/learned/replay.ts): load the checker of an old
// commit (its src/ extracted into DIR) and write the high and medium hits it finds in each
// letter of a labelled set, keyed by letter id. Usage: tsx replay-hits.ts DIR SET.json OUT.json

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

const [dir = '', setPath = '', out = ''] = process.argv.slice(2);
const core = (await import(pathToFileURL(`${dir}/src/core/checker/index.ts`).href)) as { findHits: (text: string) => Hit[] };
const letters = JSON.parse(readFileSync(setPath, 'utf8')) as Letter[];
const hits: Record<string, Hit[]> = {};
for (const l of letters) {
  // Joined exactly as score.ts (and score-checker.py) join a letter's sentences.
  const text = l.sentences.map(([s]) => s).join(' ');
  hits[l.id] = core
    .findHits(text)
    .filter((h) => h.severity !== 'low')
    .map(({ category, severity, start, end, rule }) => ({ category, severity, start, end, rule }));
}
writeFileSync(out, JSON.stringify(hits));
