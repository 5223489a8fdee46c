// Regenerates the README screenshots from the production build: `npm run build && npm run screenshots`.
import { spawn } from 'node:child_process';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { sampleDraft } from '../tests/e2e/sample-draft.ts';

const port = 4174;
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
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
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}
