import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import batchEn from '../../locales/en/batch.json';
import batchRu from '../../locales/ru/batch.json';
import en from '../../locales/en/screens.json';
import { formatOneLine } from '../../src/core/address/format.ts';
import { parseAddress } from '../../src/core/address/parse.ts';
import { memorialLayout, samplePeople } from '../../src/core/directory/fixtures/sample-list.ts';
import { save, tool, workDir } from '../pdf/tools.ts';
import { foreignRequests, launchBrowser, openApp } from './browser.ts';

// The letter evening end to end, in the built app: a 20-prisoner list in Memorial's layout
// is read, the pack printed and checked with poppler and qpdf, everyone marked as sent, and
// the history shows it, after a reload too.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const s = batchEn.screen;
const people = samplePeople(20);
const dative = (oneLine: string) => formatOneLine(parseAddress(oneLine).address).split(', ').slice(-2, -1)[0] as string;

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) };
}

async function readList(page: Page, text: string, texts = s) {
  await page.getByLabel(texts.import.pasteLabel).fill(text);
  await page.getByRole('button', { name: texts.import.button }).click();
  await page.locator('.evening-report').waitFor();
}

describe('the letter evening', () => {
  it('imports 20 prisoners in Memorial’s layout, prints the pack, marks all as sent, and the history shows it', async () => {
    const { page, context, requests, consoleErrors } = await openApp(browser, { locale: 'en-GB', path: '#/evening' });
    await page.getByLabel(en.address.senderName).fill('Петрова Мария Ивановна');
    await page.getByLabel(en.address.senderAddress).fill('ул. Ленина, д. 5, кв. 12\nг. Самара\n443001');
    await readList(page, memorialLayout(people));
    expect(await page.locator('.evening-report').innerText()).toContain('Read 20 rows: 20 ready, 0 merged, 0 could not be used.');
    expect(await page.getByText('20 of 20 chosen').count()).toBe(1);

    const pdf = await download(page, () => page.getByRole('button', { name: 'Print the pack for 20 prisoners' }).click());
    expect(pdf.name).toMatch(/\.pdf$/);
    const file = save(workDir(), 'pack.pdf', pdf.bytes);
    expect(tool('qpdf', ['--check', file]).status).toBe(0);
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [file]).stdout)?.[1]);
    // 20 envelopes each followed by its reply envelope, 20 writing sheets, the rules page.
    expect(pages).toBe(61);
    const pageText = (n: number) => tool('pdftotext', ['-f', String(n), '-l', String(n), file, '-']).stdout.replace(/\s+/g, ' ');
    for (const n of [1, 7, 20]) expect(pageText(2 * n - 1)).toContain(dative(people[n - 1]?.oneLine ?? ''));
    expect(pageText(41)).toContain(`${dative(people[0]?.oneLine ?? '')}, ${people[0]?.birthYear} г. р.`);
    expect(pageText(61)).toContain(batchEn.pack.rules.title);
    await page.getByText(/The pack is ready: 61 pages/).waitFor();

    const csv = await download(page, () => page.getByRole('button', { name: s.print.csv }).click());
    const lines = new TextDecoder().decode(csv.bytes).trimEnd().split('\r\n');
    expect(lines).toHaveLength(21);
    expect(lines[1]).toContain(dative(people[0]?.oneLine ?? ''));

    await page.getByRole('button', { name: 'Mark all 20 as sent today' }).click();
    await page.getByText(/20 letters marked as sent on/).waitFor();
    const sentNow = await page.locator('.evening-sent').count();
    expect(sentNow).toBe(20);

    // The history is kept on the device: after a reload every row still says when it was sent.
    await page.waitForTimeout(600);
    await page.reload();
    await page.getByText('20 of 20 chosen').waitFor();
    expect(await page.locator('.evening-sent').count()).toBe(20);
    const history = await page.evaluate(() => JSON.parse(localStorage.getItem('konvert.letters') ?? '{}') as unknown);
    expect(JSON.stringify(history)).toContain('"way":"post"');

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });

  it('lists a broken row with its reason and prints the others', async () => {
    const { page, context } = await openApp(browser, { locale: 'en-GB', path: '#/evening' });
    await readList(page, `${memorialLayout(people.slice(0, 2))}\n\nАдрес для писем: 170100, г. Тверь, ФКУ СИЗО-1`);
    const report = await page.locator('.evening-report').innerText();
    expect(report).toContain('Read 3 rows: 2 ready, 0 merged, 1 could not be used.');
    expect(report).toMatch(/Row 3 \(line \d+\): The row has no surname/);
    await context.close();
  });

  it.each([
    { width: 320, height: 640 },
    { width: 1200, height: 900 },
  ])('works at $width px wide with nothing scrolling sideways, and axe finds no serious violation', async ({ width, height }) => {
    const context = await browser.newContext({ locale: 'ru-RU', viewport: { width, height }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(new URL('#/evening', (await import('./browser.ts')).appUrl).href);
    await page.waitForSelector('.screen');
    await readList(page, memorialLayout(people.slice(0, 5)), batchRu.screen);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await context.close();
  });

  it('is used with the keyboard alone: paste, read, choose, print', async () => {
    const { page, context } = await openApp(browser, { locale: 'en-GB', path: '#/evening' });
    await page.getByLabel(s.import.pasteLabel).focus();
    await page.keyboard.insertText(memorialLayout(people.slice(0, 2)));
    // Tab from the text box over the file picker to "Read the list", and press it.
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === s.import.button) break;
    }
    await page.keyboard.press('Enter');
    await page.getByText('2 of 2 chosen').waitFor();
    await page.getByRole('checkbox', { name: new RegExp(people[0]?.surname ?? '') }).focus();
    await page.keyboard.press('Space');
    await page.getByText('1 of 2 chosen').waitFor();
    await context.close();
  });
});
