import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/chromium.ts';

// The first screen as a person on a slow phone meets it: what it downloads (JS, CSS,
// fonts, compressed as a static host sends them) and its Largest Contentful Paint under
// Slow-4G emulation, side by side with a static snapshot of the same screen (its HTML as
// rendered, with the same CSS and fonts and no script). The ratio says what the app's own
// start costs. Usage: npm run build && node --import tsx scripts/measure-first-screen.ts [runs]
//
// Throttling as Lighthouse's DevTools "Slow 4G" preset applies it: 150 ms RTT x 3.75 request
// latency, 1.6 Mbps x 0.9 down, 750 Kbps x 0.9 up, CPU slowed 4x.
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1638.4 * 0.9 * 1024) / 8, uploadThroughput: (750 * 0.9 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
/** A load is over once no request has been in flight for this long. */
const QUIET_MS = 3000;
const runs = Number(process.argv[2] ?? 5);
const locales = ['ru-RU', 'en-GB'];
const dist = 'dist';
const SNAPSHOT = '/__first-screen-snapshot.html';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest']);

/** A static host: files from dist/ (gzipped where a host would), the SPA fallback, and the snapshots. */
function serve(snapshots: Map<string, string>): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const snapshot = snapshots.get(path);
    let file = join(dist, normalize(path));
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
    const ext = snapshot !== undefined ? '.html' : extname(file);
    let body: Buffer = snapshot !== undefined ? Buffer.from(snapshot) : readFileSync(file);
    const headers: Record<string, string> = { 'Content-Type': types[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    if (compressible.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      body = gzipSync(body, { level: 6 });
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

/** The rendered first screen as plain HTML: scripts and module preloads removed, CSS and fonts kept. */
async function snapshotOf(browser: Browser, url: string, locale: string): Promise<string> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true) as HTMLElement;
    doc.querySelectorAll('script, link[rel="modulepreload"]').forEach((el) => el.remove());
    return `<!doctype html>\n${doc.outerHTML}`;
  });
  await context.close();
  return html;
}

type Kind = 'js' | 'css' | 'fonts' | 'html' | 'other';
interface Load {
  lcpMs: number;
  transfer: Record<Kind, number>;
  lcpElement: string;
}

const kind = (type: string, url: string): Kind =>
  type === 'Script' ? 'js' : type === 'Stylesheet' ? 'css' : type === 'Font' ? 'fonts' : type === 'Document' ? 'html' : /\.woff2?$|\.ttf$/.test(url) ? 'fonts' : 'other';

/** One cold load under throttling: bytes on the wire by kind and the final LCP. */
async function load(browser: Browser, url: string, locale: string): Promise<Load> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const requestKind = new Map<string, Kind>();
  const transfer: Record<Kind, number> = { js: 0, css: 0, fonts: 0, html: 0, other: 0 };
  let inFlight = 0;
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', () => {
    inFlight++;
    lastActivity = Date.now();
  });
  cdp.on('Network.responseReceived', (e) => requestKind.set(e.requestId, kind(e.type ?? '', e.response.url)));
  cdp.on('Network.loadingFinished', (e) => {
    const k = requestKind.get(e.requestId) ?? 'other';
    transfer[k] += e.encodedDataLength;
    inFlight--;
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFailed', () => {
    inFlight--;
    lastActivity = Date.now();
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  // Playwright's "networkidle" (500 ms without requests) comes too early here: under a 4x slower
  // CPU the app runs its entry for longer than that before it asks for the screen's chunks.
  const deadline = Date.now() + 120000;
  while ((inFlight > 0 || Date.now() - lastActivity < QUIET_MS) && Date.now() < deadline) await page.waitForTimeout(100);
  await page.evaluate(() => document.fonts.ready);
  const lcp = await page.evaluate(
    () =>
      new Promise<{ ms: number; element: string }>((resolve) => {
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1) as (PerformanceEntry & { element?: Element | null }) | undefined;
          const el = last?.element;
          resolve({ ms: last?.startTime ?? NaN, element: el ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}: ${(el.textContent ?? '').trim().slice(0, 40)}` : '' });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  await context.close();
  return { lcpMs: lcp.ms, transfer, lcpElement: lcp.element };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

if (!existsSync(join(dist, 'index.html'))) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(1);
}
const snapshots = new Map<string, string>();
const { server, url } = await serve(snapshots);
const browser = await launchBrowser();
const report: Record<string, unknown> = { runs, throttling: { ...SLOW_4G, cpuSlowdown: CPU_SLOWDOWN } };
try {
  for (const locale of locales) {
    const path = `${SNAPSHOT}?${locale}`.replace('?', '-');
    snapshots.set(path, await snapshotOf(browser, `${url}/`, locale));
    const app: Load[] = [];
    const still: Load[] = [];
    // Alternated, so that a change in the machine's load touches both alike.
    for (let i = 0; i < runs; i++) {
      app.push(await load(browser, `${url}/`, locale));
      still.push(await load(browser, `${url}${path}`, locale));
    }
    const first = app[0] as Load;
    const total = first.transfer.js + first.transfer.css + first.transfer.fonts;
    const lcpApp = median(app.map((r) => r.lcpMs));
    const lcpSnapshot = median(still.map((r) => r.lcpMs));
    report[locale] = {
      transferKB: { js: kb(first.transfer.js), css: kb(first.transfer.css), fonts: kb(first.transfer.fonts), jsCssFonts: kb(total), html: kb(first.transfer.html), other: kb(first.transfer.other) },
      lcpMsMedian: { app: Math.round(lcpApp), snapshot: Math.round(lcpSnapshot) },
      lcpRatio: Math.round((lcpApp / lcpSnapshot) * 100) / 100,
      lcpMsRuns: { app: app.map((r) => Math.round(r.lcpMs)), snapshot: still.map((r) => Math.round(r.lcpMs)) },
      lcpElement: { app: first.lcpElement, snapshot: (still[0] as Load).lcpElement },
    };
  }
} finally {
  await browser.close();
  server.close();
}
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
