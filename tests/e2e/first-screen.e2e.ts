import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import en from '../../locales/en/screens.json';
import ru from '../../locales/ru/screens.json';
import { encode, settingsVersion } from '../../src/state/migrate.ts';
import { appStartedEvent, handedOverEvent } from '../../src/first-screen/choose.ts';
import { appUrl, launchBrowser } from './browser.ts';
import { sampleDraft } from './sample-draft.ts';

// The first screen the build draws into index.html (scripts/first-screen.ts, src/first-screen/):
// shown before the app's code has run, in the writer's language, then adopted by React as it is,
// with what the writer typed, chose or pressed meanwhile. The app's entry is held back here
// until the test lets it through, as a slow connection would.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Held {
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** Lets the app's entry load, and waits until the app has taken over the screen. */
  release: () => Promise<void>;
}

async function openHeld(options: { locale: string; timezoneId?: string; path?: string; storage?: Record<string, string>; drawn?: boolean }): Promise<Held> {
  const context = await browser.newContext({ locale: options.locale, timezoneId: options.timezoneId, viewport: { width: 1000, height: 900 } });
  if (options.storage) {
    await context.addInitScript((entries) => {
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    }, options.storage);
  }
  // The app has taken over (src/first-screen/app-started.tsx), and what was done on a drawn
  // screen has been handed to it (src/first-screen/boot.ts).
  await context.addInitScript(
    ({ started, handedOver }) => {
      for (const event of [started, handedOver]) document.addEventListener(event, () => document.documentElement.setAttribute(`data-test-${event.replace(/\W/g, '-')}`, ''));
    },
    { started: appStartedEvent, handedOver: handedOverEvent },
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  // Not "domcontentloaded": that waits for the held entry. Once the page is parsed and has no
  // template left, the first-screen script has run.
  await page.goto(new URL(options.path ?? '', appUrl).href, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading' && !document.querySelector('template'));
  const release = async () => {
    open();
    const event = options.drawn === false ? appStartedEvent : handedOverEvent;
    await page.waitForSelector(`html[data-test-${event.replace(/\W/g, '-')}]`, { state: 'attached' });
  };
  return { context, page, errors, release };
}

const heading = (page: Page) => page.locator('h1').innerText();

describe('the first screen drawn by the build', () => {
  it.each([
    ['ru-RU', 'ru', ru.prisoner.title],
    ['en-GB', 'en', en.prisoner.title],
    ['de-DE', 'en', en.prisoner.title],
  ])('shows in a browser set to %s, in %s, before the app has loaded', async (locale, lang, title) => {
    const { page, context, release, errors } = await openHeld({ locale });
    expect(await heading(page)).toBe(title);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('template').count()).toBe(0);
    await release();
    expect(await heading(page)).toBe(title);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the language chosen in the header over the browser’s', async () => {
    const storage = { 'konvert.settings': encode(settingsVersion, { keepDrafts: true, latinInput: false, language: 'en' }) };
    const { page, context, release } = await openHeld({ locale: 'ru-RU', storage });
    expect(await heading(page)).toBe(en.prisoner.title);
    await release();
    expect(await heading(page)).toBe(en.prisoner.title);
    await context.close();
  });

  it.each([
    ['another step is asked for', { path: '#/letter' }],
    ['the device holds a letter', { storage: { 'konvert.draft': JSON.stringify(sampleDraft) } }],
  ])('shows nothing before the app when %s', async (_, options) => {
    const { page, context, release, errors } = await openHeld({ locale: 'ru-RU', drawn: false, ...options });
    expect(await page.locator('#root').innerHTML()).toBe('');
    await release();
    expect(await page.locator('h1').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is adopted by React as it is: the same elements, the same pixels, no error', async () => {
    // Far west of the build machine, so that a date drawn in the wrong zone would differ.
    const { page, context, release, errors } = await openHeld({ locale: 'ru-RU', timezoneId: 'America/Los_Angeles' });
    await page.evaluate(() => document.fonts.ready);
    const before = await page.screenshot({ fullPage: true });
    const h1 = await page.$('h1');
    const radio = await page.$('input[type=radio]');
    await release();
    await page.evaluate(() => document.fonts.ready);
    expect(await h1?.evaluate((el) => el.isConnected && el === document.querySelector('h1'))).toBe(true);
    expect(await radio?.evaluate((el) => el.isConnected)).toBe(true);
    expect((await page.screenshot({ fullPage: true })).equals(before)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps what was typed before the app loaded, and the focus, through later renders', async () => {
    const { page, context, release, errors } = await openHeld({ locale: 'ru-RU' });
    await page.locator('summary').click();
    await page.getByLabel(ru.prisoner.manualField.street).fill('ул. Мира');
    await page.getByLabel(ru.prisoner.manualField.house).pressSequentially('1');
    await release();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('manual-house');
    // Typing on makes React draw the form again: the field typed into earlier must not be wiped.
    await page.keyboard.type('2');
    expect(await page.getByLabel(ru.prisoner.manualField.street).inputValue()).toBe('ул. Мира');
    expect(await page.getByLabel(ru.prisoner.manualField.house).inputValue()).toBe('12');
    // The app knows them too: they are still there after a visit to the next step.
    await page.evaluate(() => (location.hash = '#/letter'));
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent !== title, ru.prisoner.title);
    await page.evaluate(() => (location.hash = '#/prisoner'));
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, ru.prisoner.title);
    expect(await page.getByLabel(ru.prisoner.manualField.street).inputValue()).toBe('ул. Мира');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a person chosen from the directory before the app loaded', async () => {
    const { page, context, release, errors } = await openHeld({ locale: 'en-GB' });
    await page.getByRole('radio').first().check();
    await release();
    // The app marks the chosen card: it knows the choice, not just the radio button.
    await page.waitForSelector('.prisoner-card.is-chosen input:checked');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('presses once, after the app has loaded, a button pressed before', async () => {
    const { page, context, release } = await openHeld({ locale: 'ru-RU' });
    await page.getByRole('button', { name: enCommon.language.en }).click();
    expect(await heading(page)).toBe(ru.prisoner.title);
    await release();
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, en.prisoner.title);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });
});
