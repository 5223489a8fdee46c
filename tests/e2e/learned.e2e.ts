import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import checkerEn from '../../locales/en/checker.json';
import checkerRu from '../../locales/ru/checker.json';
import screensEn from '../../locales/en/screens.json';
import screensRu from '../../locales/ru/screens.json';
import { launchBrowser } from './chromium.ts';
import { startPreview, type PreviewServer } from './preview-server.ts';

// The learned second opinion in the built app, switched on (issue 10 §4). The shipped app has it
// off (src/data/rules/learned/config.json), so this file builds a test build of its own with
// VITE_KONVERT_LEARNED=on — the only way to switch it on besides the config; the shipped build
// has no such switch at run time — and serves it on a port of its own.

const OUT = 'dist-learned';
// A labelled sentence (case) of the team's rounds that the rules leave silent.
const SENTENCE = 'Соседа этого, говорят, самого прижали, вот он и подписал, что велели.';

let browser: Browser;
let server: PreviewServer;
beforeAll(async () => {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', OUT, '--emptyOutDir'], {
    env: { ...process.env, VITE_KONVERT_LEARNED: 'on' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`test build failed:\n${build.stderr}`);
  server = await startPreview(30000, OUT);
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

async function checkScreen(locale: string, width: number, height: number): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.url}#/letter`);
  await page.getByLabel((locale.startsWith('ru') ? screensRu : screensEn).letter.bodyLabel).fill(`Здравствуйте! У нас выпал снег.\n\n${SENTENCE}`);
  await page.evaluate(() => (window.location.hash = '#/check'));
  await page.locator('.finding').first().waitFor();
  return { page, requests, close: () => context.close() };
}

describe('the check screen with the learned layer on', () => {
  it.each([
    ['en-GB', 1200, 900, checkerEn.learned.guess, 'test-results/learned-check-en.png'],
    ['ru-RU', 360, 800, checkerRu.learned.guess, 'test-results/learned-check-ru-360.png'],
  ])('%s at %d px: a statistical guess naming the words that weighed most', async (locale, width, height, guess, shot) => {
    const { page, requests, close } = await checkScreen(locale, width, height);
    const card = page.locator('.finding', { hasText: guess });
    await expect.poll(() => card.count()).toBe(1);
    // It names words of the sentence (which ones depends on the trained weights).
    const named = [...(await card.innerText()).matchAll(/«([^»]+)»/g)].map((m) => m[1] as string).filter((w) => w !== SENTENCE.slice(0, -1));
    expect(named.length).toBeGreaterThan(0);
    for (const w of named) expect(SENTENCE).toContain(w);
    // The sentence is marked in the letter as a link to its card.
    expect(await page.locator('.mark').count()).toBeGreaterThanOrEqual(1);
    // The weights came from the app's own origin, as a chunk of their own; nothing else was asked for.
    expect(requests.some((u) => /\/assets\/model-[\w-]+\.js$/.test(u))).toBe(true);
    expect(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    // No page-wide overflow at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot, fullPage: width < 500 });
    await close();
  });
});
