import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../locales/en/screens.json';
import { launchBrowser, openApp } from './browser.ts';

// Several letters at once, each to its own prisoner, and the history of what was sent (issue 12).

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('several letters and a history', () => {
  it('keeps two drafts to two prisoners across a reload, and shows "mark as sent" in that prisoner’s history', async () => {
    const { page, context } = await openApp(browser, { locale: 'en-GB' });
    const go = (step: string) => page.evaluate((s) => (window.location.hash = `#/${s}`), step);
    await page.getByRole('radio', { name: /Балин Андрей Альбертович/ }).check();
    await go('letter');
    await page.getByLabel(en.letter.bodyLabel).fill('Здравствуйте, Андрей Альбертович! У нас выпал снег.');

    await go('prisoner');
    await page.getByRole('button', { name: en.letters.new }).click();
    await page.getByLabel(en.prisoner.pasteLabel).fill('601120, Владимирская обл., г. Покров, ул. Ленина, д. 1, ФКУ ИК-3 УФСИН России по Владимирской области, Иванову Ивану Петровичу, 1980 г. р.');
    await go('letter');
    await page.getByLabel(en.letter.bodyLabel).fill('Здравствуйте, Иван Петрович! Пишу вам впервые.');
    // Give the idle save its pause, then reload.
    await page.waitForTimeout(1500);
    await page.reload();
    await go('prisoner');
    const panel = page.locator('.letters-panel');
    await expect.poll(() => panel.innerText()).toContain('Балин Андрей Альбертович');
    expect(await panel.innerText()).toContain('Иванов Иван Петрович');
    expect(await page.getByLabel(en.prisoner.pasteLabel).inputValue()).toContain('Иванову Ивану Петровичу');

    await page.getByRole('button', { name: 'Open the letter to Балин Андрей Альбертович' }).click();
    await go('letter');
    expect(await page.getByLabel(en.letter.bodyLabel).inputValue()).toBe('Здравствуйте, Андрей Альбертович! У нас выпал снег.');

    await go('export');
    await page.getByLabel(en.letters.date).fill('2026-12-01');
    await page.getByLabel(en.letters.wayLabel).selectOption('fpismo');
    await page.getByRole('button', { name: en.letters.mark }).click();
    await expect.poll(() => page.locator('.sent-history').innerText()).toMatch(/(December 1, 2026|1 December 2026), via F-pismo/);
    await page.waitForTimeout(1500);
    await page.reload();
    await go('prisoner');
    await expect.poll(() => page.locator('.prisoner-last').first().innerText()).toMatch(/^you last wrote on (December 1, 2026|1 December 2026) \(via F-pismo\)$/);
    expect(await panel.innerText()).toMatch(/you last wrote on (December 1, 2026|1 December 2026) \(via F-pismo\)/);
    await context.close();
  });
});
