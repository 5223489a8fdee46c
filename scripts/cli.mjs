// `npm run cli`: runs the prebuilt CLI bundle, first rebuilding it if it is missing
// or any file it was built from changed since (scripts/build-cli.mjs).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist-cli/konvert.mjs');

function isStale() {
  const built = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(root, 'dist-cli/inputs.json'), 'utf8'));
  } catch {
    return true;
  }
  // A file gone or changed after the build started: build again.
  return inputs.some((file) => !((statSync(join(root, file), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) <= built));
}

if (isStale()) {
  process.stderr.write('Building the CLI bundle (dist-cli/konvert.mjs)…\n');
  await (await import('./build-cli.mjs')).buildCli();
}
await import(pathToFileURL(bundle).href);
