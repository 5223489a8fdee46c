// Builds the command line into dist-cli/konvert.mjs (the settings are in vite.cli.config.ts).
// Run by `npm run build`, and by scripts/cli.mjs whenever the bundle is missing or older
// than any file it was built from; those files are listed in dist-cli/inputs.json.
import { mkdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist-cli');
// What the bundle depends on beyond its own modules: the build itself, the commands
// folder (a new command is a new file there) and npm's record of installed packages.
const buildFiles = ['scripts/build-cli.mjs', 'vite.cli.config.ts', 'scripts/pdf-slim.ts', 'src/cli/commands', 'node_modules/.package-lock.json'];

/** Builds into a scratch folder, then renames into place: a CLI run in parallel never sees half a file. */
export async function buildCli() {
  const scratch = join(outDir, `.build-${process.pid}`);
  // Stamped with the time the build started, so a source saved during the build still counts as newer.
  const started = new Date();
  try {
    const result = await build({ configFile: join(root, 'vite.cli.config.ts'), build: { outDir: scratch } });
    const modules = [result].flat().flatMap((r) => r.output.flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : [])));
    const inputs = modules
      .filter((id) => !id.startsWith('\0') && statSync(id, { throwIfNoEntry: false }))
      .map((id) => relative(root, id))
      .filter((file) => !file.startsWith('node_modules/'))
      .concat(buildFiles);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(scratch, 'inputs.json'), `${JSON.stringify([...new Set(inputs)].sort(), null, 1)}\n`);
    utimesSync(join(scratch, 'konvert.mjs'), started, started);
    renameSync(join(scratch, 'konvert.mjs'), join(outDir, 'konvert.mjs'));
    renameSync(join(scratch, 'inputs.json'), join(outDir, 'inputs.json'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
