import { describe, expect, it } from 'vitest';
import { typographRussian } from '../../src/core/letter/typography.ts';
import { createLetterPdf, layoutLetter, loadFont, type TextRun } from '../../src/core/pdf/index.ts';
import { serif } from './fonts.ts';
import { sampleLetter } from './sample-letter.ts';
import { inkShare, pageSizeMm, renderGray, save, tool, workDir } from './tools.ts';

const letter = sampleLetter(26);
const { paragraphs } = letter;

const dir = workDir();
const result = await createLetterPdf({ letter, fonts: { serif } });
const pdf = save(dir, 'letter.pdf', result.bytes);
const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

describe('the letter PDF', () => {
  it('is a clean A4 file of several pages that qpdf finds no fault in', () => {
    expect(result.pageCount).toBeGreaterThanOrEqual(3);
    const size = pageSizeMm(pdf);
    expect(size.pages).toBe(result.pageCount);
    expect(size.w).toBeCloseTo(210, 0);
    expect(size.h).toBeCloseTo(297, 0);
    const check = tool('qpdf', ['--check', pdf]);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors');
  });

  it('gives back the body text, in order, through pdftotext', () => {
    const text = norm(tool('pdftotext', [pdf, '-']).stdout.replace(/(?:Балину А\. А\. — )?стр\. \d+ из \d+/g, ' '));
    const expected = norm(
      [
        'Балину Андрею Альбертовичу, 1974 г. р.',
        '25 ноября 2026 г.',
        letter.greeting,
        ...paragraphs.map(typographRussian),
        ...letter.closing,
        typographRussian(letter.returnAddress),
      ].join(' '),
    );
    expect(text).toBe(expected);
    expect(text).toContain('«Войну и мир» — медленно');
  });

  it('embeds only subset fonts', () => {
    const rows = tool('pdffonts', [pdf]).stdout.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+PTSerif-Regular\s/);
      expect(row).toMatch(/\syes\s+yes\s+yes\s/);
    }
  });

  it('carries a title, the Russian language, Konvert as creator and the letter date', () => {
    const info = tool('pdfinfo', [pdf]).stdout;
    expect(info).toMatch(/Title:\s+Письмо — Балину Андрею Альбертовичу, 1974 г\. р\./);
    expect(info).toMatch(/Creator:\s+Konvert/);
    expect(info).toMatch(/Producer:\s+Konvert/);
    expect(info).toMatch(/CreationDate:\s+Wed Nov 25 12:00:00 2026 UTC/);
    const qdf = save(dir, 'letter.qdf', new Uint8Array());
    tool('qpdf', ['--qdf', '--object-streams=disable', pdf, qdf]);
    expect(tool('grep', ['-a', '-c', '/Lang (ru)', qdf]).stdout.trim()).toBe('1');
  });

  it('numbers the pages "стр. N из M" and heads each continuation page with the surname', () => {
    const total = result.pageCount;
    const pages = tool('pdftotext', [pdf, '-']).stdout.replace(/\u00a0/g, ' ').split('\f').filter((p) => p.trim());
    expect(pages).toHaveLength(total);
    expect(pages[0]).toContain(`стр. 1 из ${total}`);
    // pdftotext gives the top line first: the surname leads every sheet after the first.
    pages.slice(1).forEach((page, i) => expect(page.trimStart().split('\n')[0]).toBe(`Балину А. А. — стр. ${i + 2} из ${total}`));
  });

  it('renders every page with ink on each text line and none in the margins', () => {
    const { pages } = layoutLetter(letter, loadFont(serif).metrics);
    pages.forEach((page, i) => {
      const draw = tool('mutool', ['draw', '-q', '-o', `${dir}/page%d.png`, pdf, String(i + 1)]);
      expect(draw.status).toBe(0);
      // mutool may note that it was built without ICC colour management; anything else is a fault.
      expect(draw.stderr.split('\n').filter((l) => l.trim() && !/ICC support is not available/.test(l))).toEqual([]);
      const img = renderGray(pdf, i + 1);
      const runs = page.items.filter((it): it is TextRun => it.kind === 'text');
      for (const run of runs) {
        const w = loadFont(serif).metrics.width(run.text, run.size);
        expect(inkShare(img, run.x, run.y - run.size * 0.7, run.x + w, run.y + run.size * 0.2)).toBeGreaterThan(0.03);
      }
      // The top margin is empty, save for the running head of a continuation page.
      expect(inkShare(img, 0, 0, 210, i === 0 ? 15 : 10)).toBe(0);
      expect(inkShare(img, 0, 0, 20, 297)).toBe(0);
      expect(inkShare(img, 192, 0, 210, 297)).toBe(0);
      expect(inkShare(img, 0, 292, 210, 297)).toBe(0);
    });
    // Below the closing and the return address the last page is blank.
    const lastRuns = pages[pages.length - 1]?.items.filter((it): it is TextRun => it.kind === 'text' && it.role !== 'page-number') ?? [];
    const bottom = Math.max(...lastRuns.map((r) => r.y)) + 3;
    expect(inkShare(renderGray(pdf, pages.length), 0, bottom, 210, 297 - 16)).toBe(0);
  });
});

describe('a letter with characters the font lacks', () => {
  it('prints "?" in their place and reports their code points', async () => {
    const r = await createLetterPdf({ letter: { ...letter, paragraphs: ['Привет 😀 и 你好!'] }, fonts: { serif } });
    const p = save(dir, 'emoji.pdf', r.bytes);
    expect(norm(tool('pdftotext', [p, '-']).stdout)).toContain('Привет ? и ??!');
    expect(r.warnings).toEqual([{ code: 'pdf-missing-glyphs', params: { codePoints: ['U+4F60', 'U+597D', 'U+1F600'], count: 3 } }]);
  });
});

describe('a hyphenated letter', () => {
  it('still passes qpdf and gives back every word once the line-end hyphens are joined', async () => {
    const r = await createLetterPdf({ letter, fonts: { serif }, hyphenate: true });
    const p = save(dir, 'hyph.pdf', r.bytes);
    expect(tool('qpdf', ['--check', p]).status).toBe(0);
    const text = tool('pdftotext', [p, '-']).stdout.replace(/(?:Балину А\.\s+А\.\s+—\s+)?стр\. \d+ из \d+/g, ' ');
    const joined = norm(text.replace(/([а-яё])-\n(?=[а-яё])/g, '$1'));
    for (const para of paragraphs) expect(joined).toContain(norm(typographRussian(para)));
  });
});
