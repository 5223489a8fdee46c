import type { Browser, Page } from 'playwright-core';
import en from '../locales/en/screens.json';
import { launchBrowser } from '../tests/e2e/chromium.ts';
import { startPreview } from '../tests/e2e/preview-server.ts';

// How long the export step's "Download the letter" takes from click to file, the first
// time and the second, in Chromium on the production build. The step warms the PDF code
// while the writer reads it, so the first click should cost about what the second does.
// Usage: npm run build && node --import tsx scripts/measure-export-click.ts [runs] [cpu-slowdown]
const runs = Number(process.argv[2] ?? 5);
const cpuSlowdown = Number(process.argv[3] ?? 1);
/** How long a writer looks at the export step before the first click. */
const READING_MS = 3000;

const body = Array.from({ length: 12 }, () => 'Пишу вам из Самары, где наконец выпал первый снег. Расскажите, пожалуйста, что вы читаете.').join('\n\n');

async function go(page: Page, step: string) {
  await page.goto(new URL(`#/${step}`, page.url()).href);
  await page.waitForSelector('h1');
}

/**
 * From the click to the PDF handed to the browser as a file (the app's object URL), read
 * inside the page, so the test driver's own handling of downloads is not counted.
 */
async function clickToFile(page: Page): Promise<number> {
  await Promise.all([page.waitForEvent('download', { timeout: 120000 }), page.getByRole('button', { name: en.export.letterButton }).click()]);
  return page.evaluate(() => {
    const w = window as unknown as { __click: number; __file: number };
    return Math.round(w.__file - w.__click);
  });
}

async function once(browser: Browser, url: string): Promise<[number, number]> {
  const context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
  await context.addInitScript(() => {
    const w = window as unknown as { __click: number; __file: number };
    document.addEventListener('click', (e) => (e.target as Element).closest('button') && (w.__click = performance.now()), true);
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob) => {
      w.__file = performance.now();
      return create(blob);
    };
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('radio', { name: /Балин/ }).check();
  await go(page, 'letter');
  await page.getByLabel(en.letter.bodyLabel).fill(body);
  await go(page, 'address');
  await page.getByLabel(en.address.senderName).fill('Петрова Мария Ивановна');
  await page.getByLabel(en.address.senderAddress).fill('ул. Ленина, д. 5, кв. 12\nг. Самара\n443001');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await go(page, 'export');
  await page.waitForTimeout(READING_MS);
  const first = await clickToFile(page);
  await page.waitForTimeout(500);
  const second = await clickToFile(page);
  await context.close();
  return [first, second];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const server = await startPreview();
const browser = await launchBrowser();
try {
  const results: [number, number][] = [];
  for (let i = 0; i < runs; i++) results.push(await once(browser, server.url));
  const first = median(results.map(([a]) => a));
  const second = median(results.map(([, b]) => b));
  const report = { runs, cpuSlowdown, readingMs: READING_MS, firstClickMsMedian: first, secondClickMsMedian: second, ratio: Math.round((first / second) * 100) / 100, perRun: results };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
  await browser.close();
  server.stop();
}
