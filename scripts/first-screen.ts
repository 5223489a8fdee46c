import { relative } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

// Each screen is a lazy chunk, so a cold start runs in steps: the HTML, then the entry,
// which runs and only then asks for the screen's chunks, which render and only then ask
// for the fonts their text needs. On a slow phone each step costs a round trip (Slow 4G:
// over half a second). This plugin names the first screen's chunks and fonts in
// index.html, so the browser fetches them together with the entry. The screen stays a
// lazy chunk: a writer returning to a later step still loads only that step.

export interface FirstScreen {
  /** The module of the screen a first visit opens, from the project root. */
  screen: string;
  /** Font files (by their source name) that the first screen's text is set in. */
  fonts: string[];
}

type Chunk = Rolldown.OutputChunk;

export function firstScreen({ screen, fonts }: FirstScreen): Plugin {
  let root = '';
  let base = '/';
  return {
    name: 'konvert-first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return;
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
        return [
          ...modules.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const })),
          ...fontFiles.map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}
