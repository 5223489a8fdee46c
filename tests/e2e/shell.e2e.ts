import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../locales/en/screens.json';
import ru from '../../locales/ru/screens.json';
import { foreignRequests, launchBrowser, openApp } from './browser.ts';
import { sampleDraft } from './sample-draft.ts';

const stepTitles = {
  ru: [ru.prisoner.title, ru.letter.title, ru.check.title, ru.address.title, ru.export.title],
  en: [en.prisoner.title, en.letter.title, en.check.title, en.address.title, en.export.title],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const heading = (page: Page) => page.locator('h1').innerText();

/** Presses Tab until the focused element's text matches, as a keyboard user would. */
async function tabTo(page: Page, text: RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (text.test(focused)) return;
  }
  throw new Error(`Tab never reached an element matching ${text}`);
}

describe('the app shell', () => {
  it('loads in Russian with no console error and only same-origin requests', async () => {
    const { page, context, consoleErrors, requests } = await openApp(browser, { locale: 'ru-RU' });
    expect(await heading(page)).toBe(ru.prisoner.title);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await page.waitForLoadState('networkidle');
    expect(consoleErrors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });

  it('switches between Russian and English and remembers the choice', async () => {
    const { page, context } = await openApp(browser, { locale: 'ru-RU' });
    await page.getByRole('button', { name: 'English' }).click();
    expect(await heading(page)).toBe(en.prisoner.title);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    expect(await heading(page)).toBe(en.prisoner.title);
    await page.getByRole('button', { name: 'Русский' }).click();
    expect(await heading(page)).toBe(ru.prisoner.title);
    await context.close();
  });

  it('opens in English for a browser set to another language', async () => {
    const { page, context } = await openApp(browser, { locale: 'de-DE' });
    expect(await heading(page)).toBe(en.prisoner.title);
    await context.close();
  });

  it('walks every step with the keyboard alone', async () => {
    const { page, context, consoleErrors, requests } = await openApp(browser, { locale: 'en-GB' });
    for (let i = 1; i < stepTitles.en.length; i++) {
      await tabTo(page, /^Next: /);
      await page.keyboard.press('Enter');
      await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, stepTitles.en[i]);
      // The new screen's heading takes focus, so the next Tab starts from the top of it.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    }
    // and back again through the step list, above the heading
    await tabTo(page, /Prisoner/, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, stepTitles.en[0]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });

  it('keeps the draft across a reload, and erases everything in one click', async () => {
    const { page, context } = await openApp(browser, { locale: 'ru-RU', path: '#/letter' });
    await page.getByLabel(ru.letter.bodyLabel).fill('Здравствуйте, Андрей!');
    await page.reload();
    expect(await page.getByLabel(ru.letter.bodyLabel).inputValue()).toBe('Здравствуйте, Андрей!');
    await page.goto(`${page.url().split('#')[0]}#/privacy`);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: ru.privacy.wipeButton }).click();
    await page.getByRole('status').waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('konvert.')))).toEqual([]);
    await page.goto(`${page.url().split('#')[0]}#/letter`);
    expect(await page.getByLabel(ru.letter.bodyLabel).inputValue()).toBe('');
    await context.close();
  });

  it('starts with an empty draft, and says so, when saved data is corrupt', async () => {
    const { page, context, consoleErrors } = await openApp(browser, { locale: 'en-GB' });
    await page.evaluate(() => localStorage.setItem('konvert.draft', '{"state": {"body": 12'));
    await page.reload();
    await page.getByRole('alert').waitFor();
    // Kept aside byte for byte as a rescued copy (src/state/rescued.ts), and the broken key is gone.
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('konvert.rescued.')).map((k) => localStorage.getItem(k)));
    expect(kept).toEqual(['{"state": {"body": 12']);
    expect(await page.evaluate(() => localStorage.getItem('konvert.draft'))).toBeNull();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('accessibility', () => {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  const screens = ['prisoner', 'letter', 'check', 'address', 'export', 'privacy', 'guide'];
  const cases = screens.flatMap((screen) => [
    { screen, state: 'empty', draft: undefined },
    { screen, state: 'filled', draft: sampleDraft },
  ]);
  it.each(cases)('axe finds no serious violation on the $screen screen ($state)', async ({ screen, draft }) => {
    const { page, context } = await openApp(browser, { locale: 'ru-RU', path: `#/${screen}`, bypassCSP: true, draft });
    await page.waitForSelector('.screen');
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await context.close();
  });
});
