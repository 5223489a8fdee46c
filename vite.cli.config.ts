import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { pdfSlim } from './scripts/pdf-slim.ts';

// The command line as one ES module for plain Node (scripts/build-cli.mjs builds it
// with this config; scripts/cli.mjs runs it): no TypeScript loader at run time, and
// one file instead of hundreds of modules from node_modules.
const root = fileURLToPath(new URL('.', import.meta.url));
export const cliOutDir = join(root, 'dist-cli');
const commandsDir = join(root, 'src/cli/commands');
const registry = join(root, 'src/cli/registry.ts');

/** src/cli/registry.ts reads the commands folder; the bundle gets the list made at build time instead. */
function generatedRegistry(): Plugin {
  return {
    name: 'konvert-cli-registry',
    load(id) {
      if (id !== registry) return null;
      const names = readdirSync(commandsDir)
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .map((f) => f.slice(0, -3))
        .sort();
      return [
        'const loaders = {',
        ...names.map((name) => `  ${JSON.stringify(name)}: () => import(${JSON.stringify(`./commands/${name}.ts`)}),`),
        '};',
        'export const commandNames = () => Object.keys(loaders);',
        'export const importCommand = async (name) => (await loaders[name]()).command;',
      ].join('\n');
    },
  };
}

/**
 * Commands read files that sit beside their source (locales, package.json, fonts) through
 * `new URL('…', import.meta.url)`. In the bundle, import.meta.url is the bundle's own
 * address, so each module's import.meta.url is turned back into its source file's address.
 */
function sourceImportMetaUrl(): Plugin {
  return {
    name: 'konvert-source-import-meta-url',
    transform(code, id) {
      if (!id.startsWith(join(root, 'src') + sep) || !code.includes('import.meta.url')) return null;
      const fromBundle = relative(cliOutDir, id).split(sep).join('/');
      return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), map: null };
    },
  };
}

export default defineConfig({
  root,
  logLevel: 'warn',
  plugins: [pdfSlim(), generatedRegistry(), sourceImportMetaUrl()],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: join(root, 'src/cli/main.ts'),
    outDir: cliOutDir,
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: { output: { format: 'esm', entryFileNames: 'konvert.mjs', codeSplitting: false } },
  },
});
