// Regenerates the README screenshots from the production build: `npm run build && npm run screenshots`.
import { launchBrowser } from '../tests/e2e/chromium.ts';
import { sampleDraft } from '../tests/e2e/sample-draft.ts';
import { startPreview } from '../tests/e2e/preview-server.ts';

const server = await startPreview();
try {
  const base = server.url;
  const browser = await launchBrowser();
  const shots: [string, string, string, boolean][] = [
    ['ru-RU', '#/prisoner', 'docs/start-ru.png', false],
    ['en-GB', '#/prisoner', 'docs/start-en.png', false],
    ['en-GB', '#/check', 'docs/check-en.png', true],
    ['ru-RU', '#/address', 'docs/address-ru.png', true],
  ];
  for (const [locale, path, file, withDraft] of shots) {
    const context = await browser.newContext({ locale, viewport: { width: 1100, height: 760 }, deviceScaleFactor: 1 });
    if (withDraft) await context.addInitScript((draft) => localStorage.setItem('konvert.draft', draft), JSON.stringify(sampleDraft));
    const page = await context.newPage();
    await page.goto(base + path);
    await page.waitForSelector('h1');
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: file, fullPage: withDraft });
    await context.close();
    console.log(file);
  }
  await browser.close();
} finally {
  server.stop();
}
