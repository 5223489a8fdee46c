// Gzipped size of what the browser loads first (the entry chunk and its static
// imports) and of each chunk loaded lazily, read from Vite's build manifest.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const manifestPath = 'dist/.vite/manifest.json';
if (!existsSync(manifestPath)) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const gz = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const kb = (bytes) => Math.round(bytes / 102.4) / 10;

const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const dep of chunk.imports ?? []) visit(dep);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

const js = (file) => file.endsWith('.js');
const initialBytes = [...initial].filter(js).reduce((sum, f) => sum + gz(f), 0);
const lazy = Object.values(manifest)
  .filter((c) => js(c.file) && !initial.has(c.file))
  .map((c) => ({ chunk: c.name ?? c.file, file: c.file, gzipKB: kb(gz(c.file)) }));

// The PDF code (pdf-lib, the font subsetter, Konvert's layout) is slimmed by scripts/pdf-slim.ts;
// if a stand-in stops applying, nothing fails but this chunk doubles, so it has a budget of its own
// (issue 15: at most 220 KB gzipped).
const pdfBudgetKB = 220;
const pdfChunk = lazy.find((c) => c.chunk === 'envelope-pdf');
const report = { initialJsGzipKB: kb(initialBytes), budgetKB: 150, pdfChunkGzipKB: pdfChunk?.gzipKB, pdfBudgetKB, initialFiles: [...initial].filter(js), lazyChunks: lazy };
console.log(JSON.stringify(report, null, 2));
let over = false;
if (report.initialJsGzipKB > report.budgetKB) {
  console.error(`Initial JS ${report.initialJsGzipKB} KB gzipped is over the ${report.budgetKB} KB budget.`);
  over = true;
}
if (!pdfChunk) {
  console.error('No chunk named "envelope-pdf" (the PDF code) in the build: the size check needs updating.');
  over = true;
} else if (pdfChunk.gzipKB > pdfBudgetKB) {
  console.error(`The PDF chunk, ${pdfChunk.gzipKB} KB gzipped, is over its ${pdfBudgetKB} KB budget: is scripts/pdf-slim.ts still replacing pdf-lib's unused parts?`);
  over = true;
}
if (over) process.exit(1);
