import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAddress } from '../../src/core/address/index.ts';
import { checkLetter } from '../../src/core/checker/index.ts';
import { csvCell } from '../../src/core/pack/index.ts';
import { createLetterPdf } from '../../src/core/pdf/index.ts';
import { makeBackup, readBackup } from '../../src/state/backup.ts';
import { emptyLetters, newDraft } from '../../src/state/model.ts';
import { serif } from '../pdf/fonts.ts';
import { sampleLetter } from '../pdf/sample-letter.ts';

/*
 * Property tests (issue 13): the address parser, the checker, the PDF writer and the backup
 * import never throw and never hang on arbitrary and hostile input. Every property has a fixed
 * number of runs and a fixed input size; each call must finish within HANG (a guard against
 * hangs on a busy shared machine, not a speed test). The summary printed at the end gives the
 * number of inputs, the largest input and the slowest call, for the issue note.
 */
const HANG = 10_000;

/** Characters that break naive code: controls, NUL, invisible and bidi marks, lone surrogates, markup, formulas. */
const nasty = [
  '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u200B', '\u200C', '\u200D', '\u200E', '\u202A', '\u202E', '\u2066', '\u2069',
  '\uFEFF', '\u2028', '\u2029', '\uD800', '\uDC00', '\uD83D', '😀', '👩‍👩‍👧', '\u0301', '\r\n', '\t', ' ', '\u00a0',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '=HYPERLINK("x")', '{{appName}}', '$t(common:appName)',
  ') /JS (app.alert(1)', '__proto__', 'г.', 'ул.', 'д. 3', '445023', 'ФКУ СИЗО-4', 'Балину', 'а', 'Andrei', ',', '-', '\n',
];
const hostile = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength, unit: 'binary' }),
    fc.array(fc.constantFrom(...nasty), { maxLength: Math.ceil(maxLength / 4) }).map((parts) => parts.join('').slice(0, maxLength)),
    fc.tuple(fc.constantFrom('а', 'x', '9', ', ', '\u200B'), fc.integer({ min: 1, max: maxLength })).map(([c, n]) => c.repeat(n).slice(0, maxLength)),
  );

const stats: Record<string, { inputs: number; maxChars: number; maxMs: number; totalMs: number }> = {};
function record(name: string, chars: number, ms: number) {
  const s = (stats[name] ??= { inputs: 0, maxChars: 0, maxMs: 0, totalMs: 0 });
  s.inputs += 1;
  s.maxChars = Math.max(s.maxChars, chars);
  s.maxMs = Math.max(s.maxMs, ms);
  s.totalMs += ms;
  expect(ms, `${name} took ${Math.round(ms)} ms on ${chars} characters`).toBeLessThan(HANG);
}
function timed<T>(name: string, chars: number, run: () => T): T {
  const start = performance.now();
  const result = run();
  record(name, chars, performance.now() - start);
  return result;
}
async function timedAsync<T>(name: string, chars: number, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  record(name, chars, performance.now() - start);
  return result;
}

afterAll(() => {
  const rows = Object.entries(stats).map(([name, s]) => `${name}: ${s.inputs} inputs up to ${s.maxChars} chars, slowest ${Math.round(s.maxMs)} ms, total ${Math.round(s.totalMs)} ms`);
  console.log(`hostile-input properties (shared machine):\n${rows.join('\n')}`);
});

// eslint-disable-next-line no-control-regex -- control codes are what must be absent
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/;

describe('the address parser on hostile input', () => {
  it('never throws, never hangs, and keeps control and bidi characters out of every field (20,000 characters)', () => {
    fc.assert(
      fc.property(hostile(20_000), (text) => {
        const { address } = timed('parseAddress', text.length, () => parseAddress(text));
        const { unplaced, ...fields } = address;
        expect(JSON.stringify(fields)).not.toMatch(CONTROL);
        expect(Array.isArray(unplaced)).toBe(true);
      }),
      { numRuns: 150, seed: 13 },
    );
  });
});

describe('the checker on hostile input', () => {
  it('never throws, never hangs, and marks only passages inside the text (5,000 characters, ru and en)', () => {
    fc.assert(
      fc.property(hostile(5_000), fc.constantFrom('ru' as const, 'en' as const), (text, lang) => {
        const findings = timed('checkLetter', text.length, () => checkLetter(text, { lang }));
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
        }
      }),
      { numRuns: 150, seed: 13 },
    );
  });
});

describe('the PDF writer on hostile input', () => {
  it('always makes a PDF and never hangs (paragraphs, name and date lines up to 3,000 characters)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile(3_000), { minLength: 1, maxLength: 3 }), hostile(300), async (paragraphs, name) => {
        const letter = { ...sampleLetter(1), paragraphs, recipientLine: name, runningHead: name, closing: ['С уважением,', name] };
        const chars = paragraphs.reduce((n, p) => n + p.length, 0) + name.length * 3;
        const pdf = await timedAsync('createLetterPdf', chars, () => createLetterPdf({ letter, fonts: { serif } }));
        expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
      }),
      { numRuns: 25, seed: 13 },
    );
  });
});

describe('the backup import on hostile input', () => {
  it('never throws on any text or JSON, and says what was wrong', () => {
    fc.assert(
      fc.property(fc.oneof(hostile(5_000), fc.json({ maxDepth: 6 })), (text) => {
        const read = timed('readBackup', text.length, () => readBackup(text));
        if (!read.ok) expect(read.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('reads a real backup with any one value replaced by anything, item by item', () => {
    const letters = { ...emptyLetters(), drafts: [newDraft({ body: 'Здравствуйте!' }), newDraft({ pastedText: 'г. Тольятти' })] };
    letters.activeDraftId = letters.drafts[0]?.id ?? '';
    const good = JSON.parse(makeBackup(letters, [])) as unknown;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
    };
    walk(good, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue({ maxDepth: 4 }), (path, value) => {
        const copy = structuredClone(good) as Record<string | number, unknown>;
        let at: Record<string | number, unknown> = copy;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
        at[path[path.length - 1] as string | number] = value;
        const text = JSON.stringify(copy);
        const read = timed('readBackup (mutated)', text.length, () => readBackup(text));
        if (read.ok) for (const issue of read.skipped) expect(issue.path.length).toBeGreaterThan(0);
        else expect(read.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 13 },
    );
  });
});

describe('the CSV Konvert writes', () => {
  it('never has a cell a spreadsheet would run as a formula, and keeps the text', () => {
    const formulaish = fc.tuple(fc.constantFrom('', ' ', '\u200B', '\t', '\n', '\uFEFF', '  '), fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠', 'а', '1'), hostile(200));
    fc.assert(
      fc.property(fc.oneof(hostile(500), formulaish.map((parts) => parts.join(''))), (value) => {
        const cell = csvCell(value);
        expect(cell.startsWith('"') && cell.endsWith('"')).toBe(true);
        const inner = cell.slice(1, -1).replace(/""/g, '"');
        expect(inner).not.toMatch(/^[\s\u200B-\u200F\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/);
        expect(inner).not.toMatch(/^[\t\r\n]/);
        expect([value, `'${value}`]).toContain(inner);
      }),
      { numRuns: 200, seed: 13 },
    );
  });
});
