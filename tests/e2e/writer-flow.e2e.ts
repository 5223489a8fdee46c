import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../locales/en/screens.json';
import { save, tool, workDir } from '../pdf/tools.ts';
import { appUrl, foreignRequests, launchBrowser, openApp } from './browser.ts';
import { layoutProblems } from './layout.ts';

// Issue 12's path for a writer who reads no Russian, in English, on a desktop and on phones:
// a template with blanks typed in Latin letters, two phrases, a Latin line that becomes Russian,
// a flagged sentence removed in one click, and a letter PDF with nothing in it they did not see.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const go = (page: Page, step: string) => page.evaluate((s) => (window.location.hash = `#/${s}`), step);

async function writeInEnglishMode(page: Page, checkLayout: boolean) {
  const problems: string[] = [];
  const look = async (where: string) => {
    if (checkLayout) problems.push(...(await layoutProblems(page)).map((p) => `${where}: ${p}`));
  };
  await page.getByRole('button', { name: 'English' }).click();
  await look('prisoner');
  await page.getByRole('radio', { name: /Балин Андрей Альбертович/ }).check();
  await go(page, 'letter');
  await page.getByLabel(en.letter.bodyLabel).waitFor();
  await look('letter, empty');

  // The template, its blanks typed in Latin letters.
  await page.getByLabel('Type in Latin letters').check();
  await page.getByLabel(en.letter.templateLabel).selectOption('from-abroad');
  await page.getByLabel('a woman').check();
  await page.getByLabel('Your name').click();
  await page.keyboard.type('Jane');
  await page.getByRole('button', { name: 'Write «Джейн»' }).click();
  await page.getByLabel('Your city').click();
  await page.keyboard.type('London');
  expect(await page.getByLabel('Your city').inputValue()).toBe('Лондон');
  await page.getByLabel('About you').click();
  await page.keyboard.type("Ya rabotayu uchitelem v shkole.");
  await look('letter, template filled');
  await page.getByRole('button', { name: en.letter.useTemplate }).click();
  const body = page.getByLabel(en.letter.bodyLabel);
  expect(await body.inputValue()).toContain('Меня зовут Джейн');
  expect(await body.inputValue()).toContain('Я работаю учителем в школе.');

  // Two phrases at the end of the letter's first part, then a Latin line.
  await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.indexOf('Мне было бы'), el.value.indexOf('Мне было бы')));
  await page.getByLabel(en.letter.phrasesSearch).fill('garden');
  await page.getByRole('button', { name: /^Insert «/ }).first().click();
  await page.getByLabel(en.letter.phrasesSearch).fill('weather');
  await page.getByRole('button', { name: /^Insert «/ }).first().click();
  await look('letter, phrases');
  await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.indexOf('Всего Вам'), el.value.indexOf('Всего Вам')));
  await body.focus();
  await page.keyboard.type("Ya lyublyu chitat' knigi. ");
  expect(await body.inputValue()).toContain('Я люблю читать книги.');
  await page.getByLabel('Type in Latin letters').uncheck();

  // A sentence a "translator" gave them, then removed in one click.
  await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.indexOf('Всего Вам'), el.value.indexOf('Всего Вам')));
  await page.keyboard.insertText('Я слежу за вашим уголовным делом и знаю, что суд был несправедливым. ');
  await expect.poll(() => page.locator('.editor-backdrop .mark-high').count()).toBeGreaterThan(0);
  await page.getByText(en.check.passagesToggle).click();
  await look('letter, findings open');
  await page.locator('.live-findings .finding-high').first().getByRole('button', { name: en.check.removeSentence }).click();
  expect(await body.inputValue()).not.toContain('уголовным');
  await expect.poll(() => page.locator('.live-check').innerText()).toBe(en.letter.liveClean);

  await go(page, 'check');
  await page.locator('h1').getByText(en.check.title).waitFor();
  await look('check');
  await go(page, 'address');
  await page.getByLabel(en.address.senderAddress).waitFor();
  await page.getByLabel(en.address.abroad).check();
  await page.getByLabel(en.address.senderAddress).fill('10 Downing Street\nLondon SW1A 2AA\nUnited Kingdom');
  await look('address');
  await go(page, 'export');
  await page.getByRole('button', { name: en.export.letterButton }).waitFor();
  await look('export');
  return problems;
}

async function letterPdfText(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: en.export.letterButton }).click()]);
  const { readFileSync } = await import('node:fs');
  const path = save(workDir(), download.suggestedFilename(), new Uint8Array(readFileSync(await download.path())));
  return tool('pdftotext', [path, '-']).stdout;
}

const CLOSINGS = /С уважением|Всего (?:Вам |вам )?доброго|Всего хорошего|Обнимаю|С теплом|До свидания/g;

describe('a writer who reads no Russian, in English', () => {
  it('fills a template in Latin letters, adds phrases, removes a flagged sentence and prints only Russian with one closing', async () => {
    const { page, context, consoleErrors, requests } = await openApp(browser, { locale: 'de-DE' });
    await writeInEnglishMode(page, false);
    const text = await letterPdfText(page);
    expect(text).toContain('Балину Андрею Альбертовичу');
    expect(text).toContain('Меня зовут Джейн');
    expect(text).toContain('Я люблю читать книги.');
    expect(text).not.toContain('{');
    expect(text.match(/[A-Za-z]/g) ?? []).toEqual([]);
    expect(text.match(CLOSINGS) ?? []).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });

  it.each([
    { width: 360, height: 740 },
    { width: 320, height: 640 },
  ])('does the same at $width×$height with nothing scrolling sideways and no button cut', async ({ width, height }) => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width, height }, isMobile: true, hasTouch: true });
    const { page } = await openAppIn(context);
    const problems = await writeInEnglishMode(page, true);
    expect(problems).toEqual([]);
    const text = await letterPdfText(page);
    expect(text.match(/[A-Za-z{]/g) ?? []).toEqual([]);
    await context.close();
  });

  it('reaches "Next" from the letter in a few Tab presses', async () => {
    const { page, context } = await openApp(browser, { locale: 'en-GB', path: '#/letter' });
    await page.getByLabel(en.letter.bodyLabel).fill('Здравствуйте! У нас снег. Следователь вызывал меня.');
    await page.getByLabel(en.letter.bodyLabel).focus();
    let presses = 0;
    while (presses < 40) {
      await page.keyboard.press('Tab');
      presses++;
      if (/^Next: /.test(await page.evaluate(() => document.activeElement?.textContent ?? ''))) break;
    }
    // return-address switch, findings toggle, template panel and its menu, phrase search, topic,
    // the phrase list (one stop), Back, Next: 9 today, against 35 before the phrasebook was one stop.
    console.info(`Tab presses from the letter to Next: ${presses}`);
    expect(presses).toBeLessThanOrEqual(10);
    await context.close();
  });
});

async function openAppIn(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto(appUrl);
  await page.waitForSelector('h1');
  return { page };
}
