// Regenerates the screenshots in docs/ from the build: `npm run build && npm run screenshots`.
// Every step of the flow and every other screen (src/app/steps.ts: privacy, guide, …), on a desktop
// (1280×800) and a phone (360×740), in Russian and English, with the sample letter (Balin, a letter
// with one innocent trap word and a few real risks).
import { mkdirSync } from 'node:fs';
import { pages, steps } from '../src/app/steps.ts';
import { launchBrowser } from '../tests/e2e/chromium.ts';
import { sampleDraft } from '../tests/e2e/sample-draft.ts';
import { startPreview } from '../tests/e2e/preview-server.ts';

const devices = { desktop: { width: 1280, height: 800, isMobile: false }, phone: { width: 360, height: 740, isMobile: true } };
const languages = { ru: 'ru-RU', en: 'en-GB' };

const server = await startPreview();
try {
  const browser = await launchBrowser();
  mkdirSync('docs/screens', { recursive: true });
  const shots: [locale: string, path: string, file: string, withDraft: boolean, width: number, height: number, isMobile: boolean][] = [
    ['ru-RU', '#/prisoner', 'docs/start-ru.png', false, 1100, 760, false],
    ['en-GB', '#/prisoner', 'docs/start-en.png', false, 1100, 760, false],
    ['en-GB', '#/check', 'docs/check-en.png', true, 1100, 760, false],
    ['ru-RU', '#/address', 'docs/address-ru.png', true, 1100, 760, false],
  ];
  for (const [lang, locale] of Object.entries(languages))
    for (const [device, size] of Object.entries(devices))
    for (const [i, screen] of [...steps, ...pages].entries()) {
      const name = i < steps.length ? `${i + 1}-${screen}` : screen;
      shots.push([locale, `#/${screen}`, `docs/screens/${lang}-${device}-${name}.png`, true, size.width, size.height, size.isMobile]);
    }
  for (const [locale, path, file, withDraft, width, height, isMobile] of shots) {
    const context = await browser.newContext({ locale, viewport: { width, height }, deviceScaleFactor: 1, isMobile, hasTouch: isMobile });
    if (withDraft) await context.addInitScript((draft) => localStorage.setItem('konvert.draft', draft), JSON.stringify(sampleDraft));
    const page = await context.newPage();
    await page.goto(server.url + path);
    await page.waitForSelector('h1');
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    await page.screenshot({ path: file, fullPage: withDraft });
    await context.close();
    console.log(file);
  }
  await browser.close();
} finally {
  server.stop();
}
