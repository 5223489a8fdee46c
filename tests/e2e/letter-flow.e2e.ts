import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../locales/en/screens.json';
import { pageSizeMm, save, tool, workDir } from '../pdf/tools.ts';
import { foreignRequests, launchBrowser, openApp } from './browser.ts';

// The user paths end to end, in the built app: choose, write, check, address, export.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const go = (page: Page, step: string) => page.evaluate((s) => (window.location.hash = `#/${s}`), step);

async function downloadBytes(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

async function fillSender(page: Page) {
  await go(page, 'address');
  await page.getByLabel(en.address.senderName).fill('Петрова Мария Ивановна');
  await page.getByLabel(en.address.senderAddress).fill('ул. Ленина, д. 5, кв. 12\nг. Самара\n443001');
}

describe('choosing the prisoner', () => {
  it('picks Andrei Balin from the directory and addresses him in the dative', async () => {
    const { page, context } = await openApp(browser, { locale: 'en-GB' });
    await page.getByRole('radio', { name: /Балин Андрей Альбертович/ }).check();
    await go(page, 'address');
    await expect.poll(() => page.getByLabel(en.address.dativeLabel).inputValue()).toBe('Балину Андрею Альбертовичу');
    await expect.poll(() => page.locator('.envelope-card').first().innerText()).toContain('445023');
    await context.close();
  });

  it('reads a pasted address in another order, and keeps a bad one with a clear message', async () => {
    const { page, context } = await openApp(browser, { locale: 'en-GB' });
    const paste = page.getByLabel(en.prisoner.pasteLabel);
    await paste.fill('Кому: Иванову Ивану Петровичу, 1980 г.р.\nКуда: ФКУ ИК-3 УФСИН России по Владимирской области, ул. Ленина, д. 1, г. Покров, Владимирская обл., 601120');
    await expect.poll(() => page.locator('.fields').innerText()).toContain('Иванов Иван Петрович');
    expect(await page.locator('.fields').innerText()).toContain('601120');
    await paste.fill('просто какой-то текст без адреса');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('could not find the recipient’s name, the six-digit postcode');
    await page.reload();
    expect(await page.getByLabel(en.prisoner.pasteLabel).inputValue()).toBe('просто какой-то текст без адреса');
    await context.close();
  });
});

describe('writing the letter', () => {
  it('types Russian with Latin letters and inserts a phrase at the cursor', async () => {
    const { page, context } = await openApp(browser, { locale: 'en-GB', path: '#/letter' });
    const body = page.getByLabel(en.letter.bodyLabel);
    await page.getByLabel('Type in Latin letters').check();
    await body.click();
    await page.keyboard.type('Privet, kak dela? ');
    expect(await body.inputValue()).toBe('Привет, как дела? ');
    await page.getByLabel(en.letter.phrasesSearch).fill('weather');
    await page.getByRole('button', { name: /^Insert «/ }).first().click();
    expect((await body.inputValue()).length).toBeGreaterThan('Привет, как дела? '.length + 5);

    // Templates (blanks, Latin typing in them) are walked in writer-flow.e2e.ts.
    await context.close();
  });
});

describe('checking the letter', () => {
  it('marks what a censor would stop and explains it in the interface language', async () => {
    const { page, context } = await openApp(browser, { locale: 'en-GB', path: '#/letter' });
    await page.getByLabel(en.letter.bodyLabel).fill('Адвокат говорит, что апелляцию подадим в марте. Позвони маме: 8 916 123-45-67. На даче пошли новые побеги у томатов.');
    await go(page, 'check');
    await page.locator('.findings').waitFor();
    const findings = await page.locator('.finding').allInnerTexts();
    expect(findings.some((f) => f.includes('The criminal case'))).toBe(true);
    expect(findings.some((f) => f.includes('8 916 123-45-67'))).toBe(true);
    expect(findings.some((f) => f.includes('побеги'))).toBe(false);
    expect(await page.locator('.mark').count()).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it('says so when the letter is clean', async () => {
    const { page, context } = await openApp(browser, { locale: 'en-GB', path: '#/letter' });
    await page.getByLabel(en.letter.bodyLabel).fill('Здравствуйте! У нас выпал первый снег, кот спит на подоконнике. Что вы сейчас читаете?');
    await go(page, 'check');
    await expect.poll(() => page.locator('.notice-ok').innerText()).toBe(en.check.clean);
    await context.close();
  });
});

describe('printing and sending', () => {
  it('makes a letter PDF and envelopes that really print, and an F-pismo draft, with no request to another host', async () => {
    const { page, context, requests, consoleErrors } = await openApp(browser, { locale: 'en-GB' });
    await page.getByRole('radio', { name: /Балин/ }).check();
    await go(page, 'letter');
    await page.getByLabel(en.letter.bodyLabel).fill('Здравствуйте, Андрей Альбертович!\n\nМеня зовут Мария, я живу в Самаре. У нас выпал первый снег 😀, и кот целый день сидит на подоконнике.\n\nЧто вы сейчас читаете?');
    await fillSender(page);
    await go(page, 'export');
    const dir = workDir();

    const letter = await downloadBytes(page, () => page.getByRole('button', { name: en.export.letterButton }).click());
    // Neutral file names are on by default for a writer in Russia (issue 13; trust.e2e.ts checks both settings).
    expect(letter.name).toMatch(/^letter-\d{4}-\d{2}-\d{2}\.pdf$/);
    const letterPath = save(dir, letter.name, letter.bytes);
    const text = tool('pdftotext', ['-layout', letterPath, '-']).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Балину Андрею Альбертовичу, 1974 г. р.');
    expect(text).toContain('кот целый день сидит на подоконнике');
    expect(tool('pdffonts', [letterPath]).stdout).toMatch(/[A-Z]{6}\+PTSerif-Regular/);
    expect(tool('qpdf', ['--check', letterPath]).status).toBe(0);
    // The emoji is not in PT Serif: the writer is told, the rest prints.
    await expect.poll(() => page.locator('.warnings').first().innerText()).toContain('U+1F600');

    await page.getByLabel(en.export.format).selectOption('C5');
    const envelope = await downloadBytes(page, () => page.getByRole('button', { name: en.export.envelopeButton }).click());
    const envelopePath = save(dir, envelope.name, envelope.bytes);
    const size = pageSizeMm(envelopePath);
    expect(size.pages).toBe(2); // the envelope and the reply envelope
    expect(Math.abs(size.w - 229)).toBeLessThan(0.5);
    expect(Math.abs(size.h - 162)).toBeLessThan(0.5);
    expect(tool('pdftotext', [envelopePath, '-']).stdout).toContain('Балину Андрею Альбертовичу');

    // Balin's directory address is flagged as out of date: the F-pismo fields wait for the writer's check.
    await page.getByRole('checkbox', { name: en.export.fpismoStaleConfirm }).check();
    const draft = await page.getByRole('textbox', { name: en.export.textLabel }).inputValue();
    expect(draft).toContain('Что вы сейчас читаете?');
    expect(draft).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });
});
