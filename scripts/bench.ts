import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figures } from './bench-lib.ts';

// Each file in bench/ measures one part of the core and returns its figures;
// the benchmark prints them all as one JSON object for tools and notes.
const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv[2];
const result: Figures = {
  node: process.version,
  date: new Date().toISOString(),
  timing: 'CPU time of this process (user + system), median of runs after warm-up; slopes are log-log exponents over sizes (scripts/bench-lib.ts)',
};
for (const file of (existsSync(dir) ? readdirSync(dir) : []).filter((f) => f.endsWith('.ts')).sort()) {
  const name = file.slice(0, -3);
  if (only && only !== name) continue;
  const mod = (await import(`./bench/${file}`)) as { figures: () => Promise<Figures> | Figures };
  result[name] = await mod.figures();
}
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
