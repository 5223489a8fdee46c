import { execFile } from 'node:child_process';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { build, type Plugin, type Rolldown } from 'vite';

// Each screen is a lazy chunk, so a cold start runs in steps: the HTML, then the entry,
// which runs and only then asks for the screen's chunks, which render and only then ask
// for the fonts their text needs. On a slow phone each step costs a round trip (Slow 4G:
// over half a second). This plugin names the first screen's chunks and fonts in
// index.html, so the browser fetches them together with the entry. The screen stays a
// lazy chunk: a writer returning to a later step still loads only that step.
//
// Even so, on a slow phone the app's code arrives seconds after the page and runs for seconds
// more before the screen exists. So the build also draws the first screen ahead of time, in
// each language (scripts/prerender-first-screen.mjs), and puts it into index.html as inert
// <template>s, with a small deferred classic script (src/first-screen/boot.ts) that shows the
// right one, or none, before the app's code runs. When the app's code has loaded, React adopts the drawn
// screen (hydrateRoot in src/main.tsx): same elements, so focus and anything typed meanwhile stay.

export interface FirstScreen {
  /** The module of the screen a first visit opens, from the project root. */
  screen: string;
  /** Font files (by their source name) that the first screen's text is set in. */
  fonts: string[];
}

type Chunk = Rolldown.OutputChunk;

const languages = ['ru', 'en'] as const;
const bootEntry = 'src/first-screen/boot.ts';
const bootName = 'first-screen.js';

/** The first screen in each language, as HTML React can hydrate, drawn in a process of its own. */
async function prerender(root: string): Promise<Record<(typeof languages)[number], string>> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'scripts/prerender-first-screen.mjs')], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  const html = JSON.parse(stdout) as Record<string, unknown>;
  return Object.fromEntries(
    languages.map((lang) => {
      const screen = html[lang];
      if (typeof screen !== 'string' || !screen.startsWith('<')) throw new Error(`first-screen: no first screen drawn in ${lang}`);
      // The page's policy allows no inline script; React must not have needed one.
      if (/<script|<template/i.test(screen)) throw new Error(`first-screen: the drawn screen in ${lang} holds a script or template`);
      return [lang, screen];
    }),
  ) as Record<(typeof languages)[number], string>;
}

/** boot.ts as one small classic script (no module: it must run before first paint, in order). */
async function bootScript(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: join(root, bootEntry), formats: ['iife'], name: 'konvertFirstScreen', fileName: () => bootName },
      // The settings decoder's module also builds the schemas of every stored shape when it loads;
      // those builders have no side effects, so what the script does not use is left out.
      rolldownOptions: { treeshake: { manualPureFunctions: ['object', 'record', 'array', 'variants', 'refine', 'nullable', 'text', 'pattern', 'oneOf', 'integer'] } },
    },
  });
  const chunk = [result].flat().flatMap((r) => ('output' in r ? r.output : [])).find((o) => o.type === 'chunk');
  if (!chunk) throw new Error('first-screen: the boot script did not build');
  return chunk.code;
}

export function firstScreen({ screen, fonts }: FirstScreen): Plugin {
  let root = '';
  let base = '/';
  let drawn: ReturnType<typeof prerender> | null = null;
  return {
    name: 'konvert-first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    async buildStart() {
      // Drawn while the app is bundled; awaited when index.html is written.
      drawn = prerender(root);
      drawn.catch(() => undefined);
      this.emitFile({ type: 'asset', name: bootName, source: await bootScript(root) });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        if (!bundle || !drawn) return;
        const outputs = Object.values(bundle);
        const chunks = new Map(outputs.filter((o): o is Chunk => o.type === 'chunk').map((c) => [c.fileName, c]));
        const staticGraph = (from: Chunk[]) => {
          const seen = new Set<string>();
          const visit = (c: Chunk | undefined) => {
            if (!c || seen.has(c.fileName)) return;
            seen.add(c.fileName);
            for (const dep of c.imports) visit(chunks.get(dep));
          };
          from.forEach(visit);
          return seen;
        };
        const target = [...chunks.values()].find((c) => c.facadeModuleId && relative(root, c.facadeModuleId) === screen);
        // Loud, so that moving the screen updates this setting rather than silently slowing the start.
        if (!target) throw new Error(`first-screen: no chunk for ${screen}; update firstScreen() in vite.config.ts`);
        const loaded = staticGraph([...chunks.values()].filter((c) => c.isEntry));
        const modules = [...staticGraph([target])].filter((file) => !loaded.has(file));
        const fontFiles = fonts.map((name) => {
          const asset = outputs.find((o) => o.type === 'asset' && o.names.includes(name));
          if (!asset) throw new Error(`first-screen: no font asset named ${name}; update firstScreen() in vite.config.ts`);
          return asset.fileName;
        });
        const boot = outputs.find((o) => o.type === 'asset' && o.names.includes(bootName));
        if (!boot) throw new Error('first-screen: the boot script is missing from the bundle');
        const screens = await drawn;
        // The boot script goes just before the app's entry: deferred scripts and module scripts run
        // in document order once the page is parsed, so it has put the drawn screen into #root
        // before src/main.tsx looks there. Being first and of high priority, it also arrives first
        // (on HTTP/1.1 the browser opens only six connections to a host).
        const entry = /<script type="module"[^>]*><\/script>/.exec(html);
        if (!entry) throw new Error('first-screen: no module script for the entry in index.html');
        const bootTag = `<script defer fetchpriority="high" src="${base}${boot.fileName}"></script>`;
        const tags = [
          ...languages.map((lang) => ({ tag: 'template', attrs: { 'data-first-screen': lang }, children: screens[lang], injectTo: 'body' as const })),
          ...fontFiles.map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const })),
          ...modules.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const })),
        ];
        return { html: `${html.slice(0, entry.index)}${bootTag}\n    ${html.slice(entry.index)}`, tags };
      },
    },
  };
}
