import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOneLine } from '../../core/address/format.ts';
import { parseAddress } from '../../core/address/parse.ts';
import { csvLayout, memorialLayout, samplePeople } from '../../core/directory/fixtures/sample-list.ts';

const FROM = 'Петрова Мария Ивановна, ул. Ленина, д. 5, кв. 12, г. Самара, 443001';
const cli = (...args: string[]) => spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', 'batch', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'konvert-cli-batch-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const tool = (cmd: string, ...args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const pageText = (pdf: string, page: number) => tool('pdftotext', '-f', String(page), '-l', String(page), pdf, '-').stdout.replace(/\s+/g, ' ');
const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', pdf).stdout)?.[1]);
const dative = (oneLine: string) => {
  const a = parseAddress(oneLine).address;
  return formatOneLine(a).split(', ').slice(-2, -1)[0] as string;
};

const people = samplePeople(20);
const memorial = file('memorial-20.txt', memorialLayout(people));
// A row naming nobody: no envelope can be addressed for it.
const broken = file('broken.txt', `${memorialLayout(people.slice(0, 3))}\n\nАдрес для писем: 170100, г. Тверь, ул. Вагжанова, д. 2, ФКУ СИЗО-1`);

describe('cli batch', () => {
  it('prints a Memorial-layout list: one envelope per prisoner in list order, each reply after its envelope, then the sheets', () => {
    const out = join(dir, 'memorial.pdf');
    const r = cli('--list', memorial, '--from', FROM, '--format', 'C6', '--reply', '--sheets', '-o', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('20 envelope(s), 20 reply envelope(s), 20 writing sheet(s), C6, 60 pages');
    expect(tool('qpdf', '--check', out).status).toBe(0);
    expect(tool('mutool', 'draw', '-q', '-o', join(dir, 'm%d.png'), '-r', '20', out, '1,2,41').status).toBe(0);
    expect(pages(out)).toBe(60);
    people.forEach((p, i) => {
      const name = dative(p.oneLine);
      expect(pageText(out, 2 * i + 1)).toContain(name);
      // The reply envelope goes back to the writer, from the prisoner.
      expect(pageText(out, 2 * i + 2)).toContain('Петровой Марии Ивановне');
      expect(pageText(out, 40 + i + 1)).toContain(`${name}, ${p.birthYear} г. р.`);
    });
  }, 120_000);

  it('prints 200 rows of a CSV, row N on page N', () => {
    const people200 = samplePeople(200);
    const out = join(dir, 'list200.pdf');
    const r = cli('--list', file('list-200.csv', csvLayout(people200)), '--from', FROM, '--format', 'DL', '-o', out);
    expect(r.status).toBe(0);
    expect(tool('qpdf', '--check', out).status).toBe(0);
    expect(pages(out)).toBe(200);
    for (const n of [1, 57, 123, 200]) expect(pageText(out, n)).toContain(dative(people200[n - 1]?.oneLine ?? ''));
  }, 120_000);

  it('refuses a list with a broken row: exit 1, the row number on stderr, no file', () => {
    const out = join(dir, 'broken.pdf');
    const r = cli('--list', broken, '--from', FROM, '--format', 'DL', '-o', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/row 4 \(line \d+\): error: The row has no surname/);
    expect(r.stderr).toContain('rows 4');
    expect(existsSync(out)).toBe(false);
  });

  it('prints the good rows of that list with --skip-bad, and says which were left out', () => {
    const out = join(dir, 'skipped.pdf');
    const r = cli('--list', broken, '--from', FROM, '--format', 'DL', '--skip-bad', '-o', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/row 4 .*error/);
    expect(pages(out)).toBe(3);
  });

  it.each([
    ['no row can be printed', 'Адрес для писем: 170100, г. Тверь, ФКУ СИЗО-1', ['--skip-bad'], /no row of .* could be printed/],
    ['the table has no column Konvert knows', 'колонка1;колонка2\nа;б', [], /did not recognise any column of this table/],
  ])('exits 1 with no file when %s', (_, text, extra, message) => {
    const out = join(dir, 'none.pdf');
    const r = cli('--list', file('none.csv', text), '--from', FROM, '--format', 'DL', ...extra, '-o', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('writes the CSV of what was printed; no cell starts like a spreadsheet formula', () => {
    const hostile = `${people[0]?.oneLine}\n\n=HYPERLINK("http://example.org") ${people[1]?.oneLine}`;
    const out = join(dir, 'hostile.pdf');
    const csv = join(dir, 'printed.csv');
    const r = cli('--list', file('hostile.txt', hostile), '--from', FROM, '--format', 'DL', '--skip-bad', '--csv', csv, '-o', out);
    expect(r.status).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text).toMatch(/^\uFEFF"Row","Surname"/);
    expect(text).not.toMatch(/(^|,)"[=+\-@]/m);
    expect(text.trimEnd().split('\r\n')).toHaveLength(3);
  });

  it.each([
    [['--from', FROM, '--format', 'DL'], /--list FILE is required/],
    [['--list', memorial, '--format', 'DL'], /--from is required/],
    [['--list', memorial, '--from', FROM, '--format', 'B5'], /--format must be one of/],
  ])('explains a missing or wrong option (%#)', (args, message) => {
    const r = cli(...args, '-o', join(dir, 'x.pdf'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
  });
});
