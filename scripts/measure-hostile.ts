// Responsiveness with hostile and huge input, in Chromium on the production build (issue 13):
//   paste   a 2,000- and a 200,000-character letter pasted into the editor: time from the paste
//           to the first frame after it, the main thread's busy time (long tasks) until it is
//           idle again, then 10 typed keys: the longest main-thread task while typing;
//   import  a 10,000-row list (CSV) read on the letter-evening screen: whether the progress bar
//           shows and moves, the time to the report, and the longest task meanwhile.
// One run; the machine's load average is printed: on a shared machine compare the figures of one
// run with each other (the 200k/2k ratio), not with other runs.
// Run: npm run build && node --import tsx scripts/measure-hostile.ts [paste|import]
import { loadavg } from 'node:os';
import type { Locator, Page } from 'playwright-core';
import batchEn from '../locales/en/batch.json';
import en from '../locales/en/screens.json';
import { csvLayout, samplePeople } from '../src/core/directory/fixtures/sample-list.ts';
import { launchBrowser } from '../tests/e2e/chromium.ts';
import { startPreview } from '../tests/e2e/preview-server.ts';
import { sampleSentences } from '../tests/pdf/sample-letter.ts';

const only = process.argv[2];
const longTasks = `window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });`;
type Task = { start: number; duration: number };
const tasksSince = (page: Page, since: number) => page.evaluate((t) => (window as unknown as { __long: Task[] }).__long.filter((x) => x.start >= t), since);
const now = (page: Page) => page.evaluate(() => performance.now());
const nextFrame = (page: Page) => page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))));
/** Waits until no long task started for `quietMs`; returns when the last one ended. */
async function idle(page: Page, since: number, quietMs = 1500, maxMs = 120_000): Promise<number> {
  const start = Date.now();
  for (;;) {
    await page.waitForTimeout(250);
    const tasks = await tasksSince(page, since);
    const lastEnd = tasks.reduce((m, t) => Math.max(m, t.start + t.duration), since);
    if ((await now(page)) - lastEnd >= quietMs || Date.now() - start > maxMs) return lastEnd;
  }
}
const letterOf = (n: number) => {
  let text = '';
  for (let i = 0; text.length < n; i++) text += sampleSentences[i % sampleSentences.length] + (i % 6 === 5 ? '\n\n' : ' ');
  return text.slice(0, n);
};

/** Pastes `chars` characters into a focused, idle box: when it started, its first frame, when the page went idle, the long tasks. */
async function timePaste(page: Page, box: Locator, chars: number) {
  await box.focus();
  await idle(page, 0, 800);
  const t0 = await now(page);
  await page.keyboard.insertText(letterOf(chars));
  const frame = await nextFrame(page);
  const busyUntil = await idle(page, t0);
  return { t0, frame, busyUntil, duringPaste: await tasksSince(page, t0) };
}

async function paste(page: Page, url: string, chars: number) {
  await page.goto(`${url}#/letter`);
  const box = page.getByLabel(en.letter.bodyLabel);
  await box.waitFor();
  await box.fill('');
  const { t0, frame, busyUntil, duringPaste } = await timePaste(page, box, chars);
  const length = await box.evaluate((el) => (el as HTMLTextAreaElement).value.length);
  const t1 = await now(page);
  const keys: number[] = [];
  for (let i = 0; i < 10; i++) {
    const k0 = await now(page);
    await page.keyboard.press('KeyA');
    keys.push((await nextFrame(page)) - k0);
    await page.waitForTimeout(150);
  }
  await idle(page, t1, 800);
  const typing = await tasksSince(page, t1);
  const round = Math.round;
  return {
    chars: length,
    pasteToFirstFrameMs: round(frame - t0),
    pasteBusyUntilMs: round(busyUntil - t0),
    longTasksDuringPaste: duringPaste.length,
    longestTaskDuringPasteMs: round(Math.max(0, ...duringPaste.map((t) => t.duration))),
    keyToFrameMedianMs: round([...keys].sort((a, b) => a - b)[5] ?? 0),
    keyToFrameMaxMs: round(Math.max(...keys)),
    longTasksWhileTyping: typing.length,
    longestTaskWhileTypingMs: round(Math.max(0, ...typing.map((t) => t.duration))),
    tasksOver200msWhileTyping: typing.filter((t) => t.duration > 200).length,
  };
}

/** The same paste into a bare textarea of the editor's width: what the browser alone costs, to compare with. */
async function pasteBare(page: Page, chars: number) {
  await page.setContent('<textarea aria-label="bare" rows="16" style="width: 44rem; font: 1.05rem/1.6 Georgia, serif; white-space: pre-wrap"></textarea>');
  const { t0, frame, busyUntil, duringPaste } = await timePaste(page, page.getByLabel('bare'), chars);
  return {
    pasteToFirstFrameMs: Math.round(frame - t0),
    pasteBusyUntilMs: Math.round(busyUntil - t0),
    longestTaskDuringPasteMs: Math.round(Math.max(0, ...duringPaste.map((t) => t.duration))),
  };
}

async function importList(page: Page, url: string, rows: number) {
  await page.goto(`${url}#/evening`);
  const file = page.getByLabel(batchEn.screen.import.fileLabel);
  await file.waitFor();
  const csv = csvLayout(samplePeople(rows));
  await file.setInputFiles({ name: `list-${rows}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByText(/is open:/).waitFor();
  await idle(page, 0, 800);
  const t0 = await now(page);
  await page.getByRole('button', { name: batchEn.screen.import.button }).click();
  // Poll the progress bar until the reading is over.
  const seen: number[] = [];
  const start = Date.now();
  for (;;) {
    const value = await page.evaluate(() => {
      const bar = document.querySelector('.evening-progress progress') as HTMLProgressElement | null;
      return bar ? bar.value : null;
    });
    if (value === null && seen.length > 0) break;
    if (value !== null) seen.push(value);
    if (value === null && Date.now() - start > 5000) break;
    if (Date.now() - start > 300_000) throw new Error('import did not finish in 5 minutes');
    await page.waitForTimeout(100);
  }
  const done = await now(page);
  const tasks = await tasksSince(page, t0);
  return {
    rows,
    csvKB: Math.round(csv.length / 1024),
    progressShown: seen.length > 0,
    progressSamples: seen.length,
    progressDistinctValues: new Set(seen).size,
    readMs: Math.round(done - t0),
    longTasks: tasks.length,
    longestTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    mainThreadBusyMs: Math.round(tasks.reduce((s, t) => s + t.duration, 0)),
  };
}

const server = await startPreview();
const browser = await launchBrowser();
try {
  const out: Record<string, unknown> = { loadAverage1m: Math.round((loadavg()[0] ?? 0) * 10) / 10 };
  if (!only || only === 'paste') {
    for (const chars of [2_000, 200_000]) {
      const context = await browser.newContext({ locale: 'en-US' });
      await context.addInitScript(longTasks);
      out[`paste${chars}`] = await paste(await context.newPage(), server.url, chars);
      await context.close();
    }
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addInitScript(longTasks);
    const bare = await pasteBare(await context.newPage(), 200_000);
    await context.close();
    const app = out.paste200000 as { pasteToFirstFrameMs: number };
    out.bareTextarea200000 = { ...bare, appToBareFirstFrameRatio: Math.round((app.pasteToFirstFrameMs / Math.max(1, bare.pasteToFirstFrameMs)) * 10) / 10 };
  }
  if (!only || only === 'import') {
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addInitScript(longTasks);
    out.import10000 = await importList(await context.newPage(), server.url, 10_000);
    await context.close();
  }
  out.loadAverage1mAfter = Math.round((loadavg()[0] ?? 0) * 10) / 10;
  console.log(JSON.stringify(out, null, 2));
} finally {
  await browser.close();
  server.stop();
}
