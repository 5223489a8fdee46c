import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkLetter } from '../src/core/checker/index.ts';
import type { LabelledLetter } from '../src/core/checker/score.ts';

// Every finding, in both languages, for every labelled letter the repository holds (and the
// shared dev corpus when it is there), so that a change to the engine's plumbing can be shown
// to change no finding at all: run it before and after and compare the digests (or the files).
// Usage: npm run --silent checker:snapshot [-- OUT.json]
// Each letter is checked three ways: its sentences joined by spaces (as the scorer does), one
// sentence per line (as an editor paragraph), and all letters of a set as one text, in paragraphs and as one long line.

const FIXTURES = 'src/core/checker/fixtures';
// The shared dev corpus sits next to the main checkout (../shared) or next to the worktrees' folder.
const DEV = ['../shared/corpus/letters.dev.json', '../../shared/corpus/letters.dev.json'].find((f) => existsSync(f));
const files = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => `${FIXTURES}/${f}`);
if (DEV) files.push(DEV);

const out: Record<string, unknown> = {};
for (const file of files) {
  const letters = JSON.parse(readFileSync(file, 'utf8')) as LabelledLetter[];
  const texts = letters.flatMap((l) => [l.sentences.map(([s]) => s).join(' '), l.sentences.map(([s]) => s).join('\n')]);
  const joined = letters.map((l) => l.sentences.map(([s]) => s).join(' '));
  texts.push(joined.join('\n\n'), joined.join(' '));
  out[basename(file)] = texts.map((text) => [checkLetter(text, { lang: 'ru' }), checkLetter(text, { lang: 'en' })]);
}
const json = JSON.stringify(out);
const target = process.argv[2];
if (target) writeFileSync(target, json);
const findings = Object.values(out).flat(3).length;
process.stdout.write(`${createHash('sha256').update(json).digest('hex')}  ${files.length} sets, ${findings} findings\n`);
