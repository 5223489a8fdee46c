// Typing latency in Chromium, on the production build (issue 12 and 15): a letter of N characters
// full of findings, then keystrokes at its end; for each, the time from the key event to the
// moment the editor's marks show the new text (measured in the page with performance.now), and
// every long task (PerformanceObserver 'longtask') while typing.
// Run: npm run build && node --import tsx scripts/typing-latency.ts [0 5000 20000]
import { launchBrowser } from '../tests/e2e/chromium.ts';
import { startPreview } from '../tests/e2e/preview-server.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n >= 0);
const paragraph =
  'Здравствуйте! Адвокат говорит, что апелляцию подадут в марте. Следователь опять вызывал меня на допрос. ' +
  'Позвоните маме: 8 916 123-45-67. У нас выпал снег, кот спит на подоконнике, а я читаю Jane Austen.\n\n';

// Runs in the page. A plain string, so the TypeScript loader adds no helpers the page lacks.
const IN_PAGE = `(async () => {
  const longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: 'longtask' });
  const box = document.querySelector('textarea.editor-input');
  const backdrop = document.querySelector('.editor-backdrop');
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
  const latencies = [];
  for (const key of 'и снова суд. '.repeat(8)) {
    const expected = box.value + key;
    const start = performance.now();
    // What the browser does for a typed character: the value changes, then 'input' fires.
    setter.call(box, expected);
    box.dispatchEvent(new InputEvent('input', { bubbles: true, data: key, inputType: 'insertText' }));
    // The marks are up to date once the backdrop holds the new text.
    while (backdrop.textContent !== expected && backdrop.textContent !== expected + ' ' && performance.now() - start < 2000) await new Promise((r) => setTimeout(r, 0));
    // ...and on screen once the frame after it is drawn (style, layout and paint included).
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    latencies.push(performance.now() - start);
  }
  await new Promise((r) => setTimeout(r, 200));
  return { latencies, longTasks, marks: document.querySelectorAll('.editor-backdrop mark').length };
})()`;

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

const server = await startPreview();
const browser = await launchBrowser();
try {
  // 0 is the reference: an empty letter, where a keystroke costs only React and the frame itself.
  for (const size of sizes.length ? sizes : [0, 5000, 20000]) {
    const body = size ? paragraph.repeat(Math.ceil(size / paragraph.length)).slice(0, size) : '';
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await context.addInitScript((b) => {
      localStorage.setItem('konvert.settings', JSON.stringify({ state: { keepDrafts: true, latinInput: false, language: 'en' }, version: 3 }));
      (window as unknown as { __body: string }).__body = b;
    }, body);
    const page = await context.newPage();
    await page.goto(`${server.url}#/letter`);
    const box = page.locator('textarea.editor-input');
    await box.waitFor();
    await box.fill(body);
    await page.waitForTimeout(1500);
    await box.focus();
    await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
    const profile = process.env.PROFILE ? await page.context().newCDPSession(page) : null;
    if (profile) {
      await profile.send('Profiler.enable');
      await profile.send('Profiler.start');
    }
    const result = (await page.evaluate(IN_PAGE)) as { latencies: number[]; longTasks: number[]; marks: number };
    if (profile) {
      const { profile: p } = (await profile.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
      const byNode = new Map(p.nodes.map((n) => [n.id, n.callFrame]));
      const self = new Map<string, number>();
      p.samples.forEach((id, i) => {
        const f = byNode.get(id);
        const name = `${f?.functionName || '(anon)'} ${f?.url.split('/').pop()}:${f?.lineNumber}`;
        self.set(name, (self.get(name) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
      });
      console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([n, ms]) => `${ms.toFixed(0)} ms ${n}`).join('\n'));
    }
    const { latencies, longTasks, marks } = result;
    console.log(
      JSON.stringify({
        chars: size,
        marks,
        keystrokes: latencies.length,
        medianMs: Number(quantile(latencies, 0.5).toFixed(2)),
        p95Ms: Number(quantile(latencies, 0.95).toFixed(2)),
        maxMs: Number(Math.max(...latencies).toFixed(2)),
        longTasks: longTasks.length,
        longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
      }),
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
