// Draws the first screen in each language, as a first visit sees it, and prints the HTML as
// JSON ({"ru": "...", "en": "..."}). Run by the build (scripts/first-screen.ts) in a process of
// its own, because it gives the app a browser-like DOM (jsdom) through globals, as the tests do,
// which must not leak into the build itself. Usage: node scripts/prerender-first-screen.mjs
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { createServer } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// A fresh device: an empty localStorage on the app's origin, no hash in the URL.
const dom = new JSDOM('<!doctype html><html><head></head><body><div id="root"></div></body></html>', { url: 'https://konvert.invalid/', pretendToBeVisual: true });
const { window } = dom;
for (const key of ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'HTMLElement', 'Element', 'Node', 'DOMException', 'Event', 'CustomEvent', 'StorageEvent']) {
  Object.defineProperty(globalThis, key, { value: key === 'window' ? window : window[key], configurable: true, writable: true });
}

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { renderFirstScreen } = await server.ssrLoadModule('/src/first-screen/render.tsx');
  const html = {};
  for (const language of ['ru', 'en']) html[language] = await renderFirstScreen(language);
  process.stdout.write(JSON.stringify(html));
} finally {
  await server.close();
  window.close();
}
