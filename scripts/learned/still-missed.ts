import { writeFileSync } from 'node:fs';
import { findHits } from '../../src/core/checker/index.ts';
import type { Hit } from '../../src/core/checker/types.ts';
import { replayRounds } from './replay.ts';

// Every first-run miss of every recorded round (the replay cache reproduces each round's first run)
// and whether today's rules still miss it: the material for grouping misses by meaning and counting
// the distinct rounds each group recurs in (docs/checker-eval.md, session 9 «recall» section).
// Usage: node --import tsx scripts/learned/still-missed.ts OUT.json
const out: { round: string; id: string; sentence: string; labels: string[]; still: boolean; before: string; after: string }[] = [];
for (const r of replayRounds()) {
  for (const l of r.letters) {
    const text = l.sentences.map(([s]) => s).join(' ');
    const strong = (hits: Hit[]) => hits.filter((h) => h.severity !== 'low');
    const old = strong(r.hits.get(text) ?? []);
    const now = strong(findHits(text));
    let pos = 0;
    l.sentences.forEach(([sentence, labels], i) => {
      const start = pos;
      const end = pos + sentence.length;
      pos = end + 1;
      const caught = (hits: Hit[]) => hits.some((h) => h.start < end && h.end > start && labels.includes(h.category));
      if (!labels.length || caught(old)) return;
      out.push({ round: r.round, id: l.id, sentence, labels, still: !caught(now), before: l.sentences[i - 1]?.[0] ?? '', after: l.sentences[i + 1]?.[0] ?? '' });
    });
  }
}
writeFileSync(process.argv[2] ?? 'still-missed.json', JSON.stringify(out));
process.stdout.write(`first-run misses ${out.length}, still missed ${out.filter((m) => m.still).length}\n`);
