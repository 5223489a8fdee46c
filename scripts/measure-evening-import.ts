import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import batch from '../locales/en/batch.json';
import { csvLayout, samplePeople } from '../src/core/directory/fixtures/sample-list.ts';
import { launchBrowser } from '../tests/e2e/chromium.ts';
import { startPreview } from '../tests/e2e/preview-server.ts';

// Whether the letter-evening screen stays responsive while it reads a long list: a 10,000-row
// CSV is opened and read in Chromium on the production build; from the click to the report,
// the main thread's long tasks (over 50 ms) are recorded, the progress bar's distinct values
// counted, and then the first search typed over the whole list is timed; the longest task while
// the file is opened is recorded apart.
// Usage: npm run build && node --import tsx scripts/measure-evening-import.ts [rows] [runs] [cpu-slowdown]
const rows = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 3);
const cpuSlowdown = Number(process.argv[4] ?? 1);

interface Run {
  openLongestTaskMs: number;
  readMs: number;
  longestTaskMs: number;
  longTasks: number;
  longTaskMsTotal: number;
  progressValues: number;
  searchMs: number;
}

async function once(browser: Browser, url: string, file: string): Promise<Run> {
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(() => {
    const w = window as unknown as { __tasks: number[]; __progress: Set<string> };
    w.__tasks = [];
    w.__progress = new Set();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push(e.duration);
    }).observe({ type: 'longtask' });
    new MutationObserver(() => {
      const bar = document.querySelector('progress');
      if (bar) w.__progress.add(bar.getAttribute('value') ?? '');
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
  });
  const page = await context.newPage();
  await page.goto(new URL('#/evening', url).href);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.evaluate(() => {
    (window as unknown as { __tasks: number[] }).__tasks = [];
  });
  // Opening the file: a short one is shown in the text box, a long one kept apart.
  await page.getByLabel(batch.screen.import.fileLabel).setInputFiles(file);
  // Shown in the text box, or (a long file) said to be open.
  await page.waitForFunction(() => (document.querySelector('textarea')?.value.length ?? 0) > 0 || document.body.innerText.includes('” is open:'));
  await page.waitForTimeout(300);
  const openTasks = await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[] };
    const tasks = w.__tasks;
    w.__tasks = [];
    return tasks;
  });
  const start = Date.now();
  await page.getByRole('button', { name: batch.screen.import.button }).click();
  await page.locator('.evening-report').waitFor({ timeout: 600_000 });
  const readMs = Date.now() - start;
  await page.waitForTimeout(300);
  const { tasks, progress } = await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[]; __progress: Set<string> };
    return { tasks: [...w.__tasks], progress: w.__progress.size };
  });
  const searchStart = Date.now();
  await page.getByLabel(batch.screen.rows.searchLabel).fill('ivanov');
  await page.locator('.evening-rows li').first().waitFor();
  const searchMs = Date.now() - searchStart;
  await context.close();
  return {
    openLongestTaskMs: Math.round(Math.max(0, ...openTasks)),
    readMs,
    longestTaskMs: Math.round(Math.max(0, ...tasks)),
    longTasks: tasks.length,
    longTaskMsTotal: Math.round(tasks.reduce((a, b) => a + b, 0)),
    progressValues: progress,
    searchMs,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const dir = mkdtempSync(join(tmpdir(), 'konvert-evening-'));
const file = join(dir, `list-${rows}.csv`);
writeFileSync(file, csvLayout(samplePeople(rows)));
const server = await startPreview();
const browser = await launchBrowser();
try {
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) results.push(await once(browser, server.url, file));
  const pick = (k: keyof Run) => median(results.map((r) => r[k]));
  const report = { rows, runs, cpuSlowdown, openLongestTaskMsMedian: pick('openLongestTaskMs'), readMsMedian: pick('readMs'), longestTaskMsMedian: pick('longestTaskMs'), longTaskMsTotalMedian: pick('longTaskMsTotal'), progressValuesMedian: pick('progressValues'), searchMsMedian: pick('searchMs'), perRun: results };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
  await browser.close();
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
