import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages, steps } from '../../src/app/steps.ts';
import { appUrl, launchBrowser } from './browser.ts';
import { layoutProblems } from './layout.ts';
import { sampleDraft } from './sample-draft.ts';

// Every screen on a phone, in both languages (Russian labels run longest), with a filled draft
// and every folded panel opened: nothing scrolls sideways, no button is cut, and axe finds no
// serious violation at the narrowest one. New screens join by being listed in src/app/steps.ts.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const screens = [...steps, ...pages];

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => String(n.target)).join(', ')}`);
  });
}

describe.each([
  { width: 360, height: 740 },
  { width: 320, height: 640 },
])('on a $width px phone', ({ width, height }) => {
  it.each(['ru-RU', 'en-GB'])('every screen fits, in %s, and axe finds no serious violation', async (locale) => {
    const context = await browser.newContext({ locale, viewport: { width, height }, isMobile: true, hasTouch: true, bypassCSP: true });
    await context.addInitScript((draft) => localStorage.setItem('konvert.draft', draft), JSON.stringify(sampleDraft));
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.waitForSelector('h1');
    const problems: string[] = [];
    for (const screen of screens) {
      const before = await page.locator('h1').innerText();
      await page.evaluate((s) => (window.location.hash = `#/${s}`), screen);
      // The screen's own heading, once its code has loaded (the first screen is already there).
      if (screen !== screens[0]) await page.waitForFunction((title) => { const h1 = document.querySelector('h1'); return h1 !== null && h1.textContent !== title; }, before);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      problems.push(...(await layoutProblems(page)).map((p) => `${screen}: ${p}`));
      // axe once per language, at the narrowest width.
      if (width === 320) problems.push(...(await seriousViolations(page)).map((v) => `${screen}: axe ${v}`));
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
