// Typing latency in Chromium, on the production build (issues 12 and 15): a letter of N characters
// full of findings, then 104 keystrokes at its end. For each, the time from the key event to the
// end of the frame that shows the editor's marks for the new text (style, layout and paint
// included), and every long task (PerformanceObserver 'longtask') while typing.
//
// Two ways to type, both reported:
//   keys   real key events through Chromium's input and editing (CDP Input.dispatchKeyEvent);
//          the clock starts at the key event's own timestamp,
//          so time the event waited in the renderer's queue counts too;
//   value  the textarea's value set whole, then an 'input' event (the first version of this script):
//          the browser replaces the whole text, which costs more layout than a typed key.
//
// Run: npm run build && npm run typing -- [sizes…] [--runs=N] [--modes=keys,value] [--at=end|start|middle] [--paragraphs]
//   TRACE=1  adds a Chromium trace of the typing (the first run of each size and mode) and prints the
//            main thread's self time per event (Layout, Paint, FunctionCall…); latencies under a
//            trace are slower and are marked so.
//   PROFILE=1  the same with V8's sampling profiler: self time per JavaScript function.
// The machine's load average is printed with the figures: on a shared machine, compare runs only
// side by side and look at the minimum and the median of the runs' medians.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/chromium.ts';
import { startPreview } from '../tests/e2e/preview-server.ts';
import { longestTaskCpuMs, longTasks as tracedLongTasks, mainThreadSelfTimes, type TraceEvent } from './trace-self-time.ts';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const runs = Number(option('runs') ?? 1);
const modes = (option('modes') ?? 'keys,value').split(',') as ('keys' | 'value')[];
// Where the keys go: at the end of the letter, at its start (everything after the cursor moves),
// or in the middle (at the start of the paragraph nearest the middle).
const at = (['start', 'middle'] as const).find((a) => a === option('at')) ?? 'end';
// TRACE=1 traces the first run of each size, TRACE=all every run (long tasks are rare: attribute each one).
const tracing = process.env.TRACE === '1' || process.env.TRACE === 'all';
const traceAll = process.env.TRACE === 'all';
const profiling = process.env.PROFILE === '1';
// --paragraphs: each sentence ends the paragraph (Enter twice), so the letter is split where the
// keys go: the case of a new paragraph written at the top of a letter.
const paragraphs = args.includes('--paragraphs');
const typed = paragraphs ? [...'и снова суд.\n\n'.repeat(8)] : [...'и снова суд. '.repeat(8)];
const paragraph =
  'Здравствуйте! Адвокат говорит, что апелляцию подадут в марте. Следователь опять вызывал меня на допрос. ' +
  'Позвоните маме: 8 916 123-45-67. У нас выпал снег, кот спит на подоконнике, а я читаю Jane Austen.\n\n';

// Runs in the page. Plain strings, so the TypeScript loader adds no helpers the page lacks.
// After each input: wait until the backdrop holds the new text (the marks are up to date), then
// until the frame after it is drawn; the clock started at the key event (or just before the value
// was set).
const SET_UP = `(() => {
  const box = document.querySelector('textarea.editor-input');
  const backdrop = document.querySelector('.editor-backdrop');
  const state = { latencies: [], toMarks: [], queued: [], longTasks: [], start: 0, waiters: [], missed: 0 };
  new PerformanceObserver((list) => list.getEntries().forEach((e) => state.longTasks.push(e.duration))).observe({ type: 'longtask' });
  box.addEventListener('keydown', (e) => { state.start = e.timeStamp; state.queued.push(performance.now() - e.timeStamp); }, { capture: true });
  window.addEventListener('input', () => {
    const start = state.start;
    const expected = box.value;
    (async () => {
      const drawn = () => backdrop.textContent === expected || backdrop.textContent === expected + ' ';
      // Looked at after each change to the backdrop, not by polling: the page does no work for the measurement
      // while it waits (polling read the whole backdrop's text many times per keystroke, more in longer letters).
      await new Promise((resolve) => {
        if (drawn()) return resolve();
        const observer = new MutationObserver(() => drawn() && (observer.disconnect(), resolve()));
        observer.observe(backdrop, { childList: true, subtree: true, characterData: true });
        setTimeout(() => (observer.disconnect(), state.missed++, resolve()), 2000);
      });
      state.toMarks.push(performance.now() - start);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      state.latencies.push(performance.now() - start);
      state.waiters.filter((w) => state.latencies.length >= w.count).forEach((w) => w.resolve());
    })();
  }, { capture: true });
  state.until = (count) => new Promise((resolve) => state.latencies.length >= count ? resolve() : state.waiters.push({ count, resolve }));
  state.typeByValue = async (keys) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
    for (const key of keys) {
      state.start = performance.now();
      const at = box.selectionStart;
      setter.call(box, box.value.slice(0, at) + key + box.value.slice(at));
      box.setSelectionRange(at + key.length, at + key.length);
      box.dispatchEvent(new InputEvent('input', { bubbles: true, data: key, inputType: 'insertText' }));
      await state.until(state.latencies.length + 1);
    }
  };
  window.__typing = state;
})()`;

interface Result {
  latencies: number[];
  toMarks: number[];
  /** keys: from the key event's timestamp to the page's first handler (the wait in the renderer's queue). */
  queued: number[];
  longTasks: number[];
  marks: number;
}

const quantile = (xs: readonly number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
const round = (n: number) => Number(n.toFixed(1));

async function type(page: Page, mode: 'keys' | 'value'): Promise<Result> {
  await page.evaluate(SET_UP);
  if (mode === 'value') await page.evaluate(`window.__typing.typeByValue(${JSON.stringify(typed)})`);
  else {
    // As a Russian keyboard sends them: a key-down carrying the character, then a key-up.
    // (Playwright's keyboard.type would insert Cyrillic as text, with no key events at all.)
    const cdp = await page.context().newCDPSession(page);
    for (const [i, key] of typed.entries()) {
      const event = key === '\n' ? { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r', unmodifiedText: '\r' } : { key, text: key, unmodifiedText: key };
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...event });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: event.key });
      await page.evaluate(`window.__typing.until(${i + 1})`);
      // A backdrop that never shows the new text (a letter longer than the editor draws marks for)
      // would cost 2 s a key and measure nothing.
      if (i === 2 && (await page.evaluate('window.__typing.missed')) === 3) throw new Error('the marks never showed the typed text: is the letter longer than the editor draws marks for?');
    }
    await cdp.detach();
  }
  await page.waitForTimeout(200);
  return page.evaluate(`({ ...window.__typing, marks: document.querySelectorAll('.editor-backdrop mark').length })`) as Promise<Result>;
}

/** PROFILE=1: V8's sampling profiler over the typing, as self time per function. */
async function startProfile(page: Page): Promise<() => Promise<string>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] };
    };
    const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const f = frames.get(id);
      const name = `${f?.functionName || '(anonymous)'} ${f?.url.split('/').pop() ?? ''}:${f?.lineNumber}:${f?.columnNumber}`;
      self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    return [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([name, ms]) => `  ${ms.toFixed(0).padStart(6)} ms ${name}`)
      .join('\n');
  };
}

async function startTrace(page: Page): Promise<() => Promise<TraceEvent[]>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8.execute', transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`# load average (1, 5, 15 min) at start: ${load()}`);
const server = await startPreview();
const browser = await launchBrowser();
const medians = new Map<string, { medians: number[]; p95s: number[]; longest: number[] }>();
/** Traced runs: the longest task's CPU time, per letter size. */
const cpuBySize = new Map<string, number[]>();
try {
  for (let run = 0; run < runs; run++)
    // 0 is the reference: an empty letter, where a keystroke costs only React and the frame itself.
    for (const size of sizes.length ? sizes : [0, 5000, 20000])
      for (const mode of modes) {
        const body = size ? paragraph.repeat(Math.ceil(size / paragraph.length)).slice(0, size) : '';
        const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
        await context.addInitScript(() => {
          localStorage.setItem('konvert.settings', JSON.stringify({ state: { keepDrafts: true, latinInput: false, language: 'en' }, version: 3 }));
        });
        const page = await context.newPage();
        await page.goto(`${server.url}#/letter`);
        const box = page.locator('textarea.editor-input');
        await box.waitFor();
        await box.fill(body);
        await page.waitForTimeout(1500);
        await box.focus();
        await box.evaluate((el: HTMLTextAreaElement, where) => {
          const middle = el.value.indexOf('\n\n', el.value.length / 2);
          const caret = where === 'start' ? 0 : where === 'middle' && middle !== -1 ? middle + 2 : el.value.length;
          el.setSelectionRange(caret, caret);
        }, at);
        const stopTrace = tracing && (run === 0 || traceAll) ? await startTrace(page) : null;
        const stopProfile = profiling && run === 0 ? await startProfile(page) : null;
        const { latencies, toMarks, queued, longTasks, marks } = await type(page, mode);
        const summary = {
          chars: size,
          mode,
          at,
          ...(paragraphs ? { paragraphs } : {}),
          run: run + 1,
          marks,
          keystrokes: latencies.length,
          medianMs: round(quantile(latencies, 0.5)),
          p95Ms: round(quantile(latencies, 0.95)),
          maxMs: round(Math.max(...latencies)),
          toMarksMedianMs: round(quantile(toMarks, 0.5)),
          ...(queued.length ? { queuedMedianMs: round(quantile(queued, 0.5)) } : {}),
          longTasks: longTasks.length,
          longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
          ...(stopTrace || stopProfile ? { traced: true } : {}),
          load: load(),
        };
        console.log(JSON.stringify(summary));
        if (stopProfile) console.log(await stopProfile());
        if (stopTrace) {
          const events = await stopTrace();
          // TRACE_OUT=file.json keeps the trace, to open in Chromium's performance panel.
          if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT.replace(/(\.json)?$/, `-${size}-${at}-${run + 1}.json`), JSON.stringify({ traceEvents: events }));
          const self = mainThreadSelfTimes(events);
          const cpuLongest = longestTaskCpuMs(events);
          console.log(JSON.stringify({ chars: size, at, run: run + 1, longestTaskCpuMs: cpuLongest, longestTaskMs: summary.longestTaskMs, load: load() }));
          const c = cpuBySize.get(`${size}`) ?? [];
          cpuBySize.set(`${size}`, [...c, cpuLongest]);
          const per = (ms: number) => (ms / typed.length).toFixed(2).padStart(6);
          const cpu = self.reduce((sum, s) => sum + s.cpuMs, 0);
          console.log(`  main thread CPU per keystroke: ${per(cpu)} ms (self time by event, per keystroke: CPU, wall, count)`);
          console.log(self.slice(0, 16).map((s) => `  ${per(s.cpuMs)} ${per(s.ms)} ${String(s.count).padStart(5)}× ${s.name}`).join('\n'));
          // Each task over 50 ms (LONG_MS) or 20 ms of CPU (LONG_CPU_MS) while typing, with its CPU time and its biggest parts.
          for (const task of tracedLongTasks(events, Number(process.env.LONG_MS ?? 50), Number(process.env.LONG_CPU_MS ?? 20))) console.log(`  long task at ${task.at} ms: ${task.ms} ms wall, ${task.cpuMs} ms CPU — ${task.parts.join('; ')}`);
        }
        if (!stopTrace && !stopProfile) {
          const key = `${size} ${mode}`;
          const m = medians.get(key) ?? { medians: [], p95s: [], longest: [] };
          m.medians.push(summary.medianMs);
          m.p95s.push(summary.p95Ms);
          m.longest.push(summary.longestTaskMs);
          medians.set(key, m);
        }
        await context.close();
      }
  for (const [key, m] of medians) {
    const [chars, mode] = key.split(' ');
    console.log(
      JSON.stringify({ summary: true, chars: Number(chars), mode, runs: m.medians.length, minMedianMs: Math.min(...m.medians), medianOfMediansMs: quantile(m.medians, 0.5), medianP95Ms: quantile(m.p95s, 0.5), longestTaskMs: m.longest }),
    );
  }
  for (const [chars, longest] of cpuBySize) console.log(JSON.stringify({ summary: true, traced: true, chars: Number(chars), at, runs: longest.length, longestTaskCpuMs: longest, max: Math.max(...longest) }));
  console.log(`# load average at end: ${load()}`);
} finally {
  await browser.close();
  server.stop();
}
