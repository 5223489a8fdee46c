import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TO = '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';
const FROM = 'Петрова Мария Ивановна, ул. Ленина, д. 5, кв. 12, г. Самара, 443001';
const cli = (...args: string[]) => spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'konvert-cli-envelope-'));
const pdftext = (file: string) => spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');

describe('cli envelope', () => {
  it.each([
    ['C6', '162 x 114'],
    ['A4', '210 x 297'],
  ])('prints a %s envelope addressed to the prisoner', (format, size) => {
    const out = join(dir, `${format}.pdf`);
    const r = cli('envelope', '--to', TO, '--from', FROM, '--format', format, '-o', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`1 envelope(s), ${format}`);
    const info = spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout;
    const [w, h] = size.split(' x ').map(Number) as [number, number];
    const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(Math.abs(Number(m?.[1]) * (25.4 / 72) - w)).toBeLessThan(0.5);
    expect(Math.abs(Number(m?.[2]) * (25.4 / 72) - h)).toBeLessThan(0.5);
    expect(pdftext(out)).toContain('Балину Андрею Альбертовичу');
  });

  it('prints the reply envelope addressed to the writer, from the prisoner', () => {
    const out = join(dir, 'reply.pdf');
    const r = cli('envelope', '--to', TO, '--from', FROM, '--format', 'DL', '--reply', '-o', out);
    expect(r.status).toBe(0);
    const text = pdftext(out);
    expect(text).toContain('Петровой Марии Ивановне');
    expect(text).toContain('Балина Андрея Альбертовича');
    // The directory calls this SIZO address out of date: it is not pre-printed as the sender (fifth review, item 7).
    expect(text).toContain('Откуда');
    expect(text).not.toContain('Хрящевское');
    expect(r.stderr).toMatch(/almost certainly out of date.*«Откуда» and the postcode blank/);
  });

  it('pre-prints the sender on the reply envelope when the address is not a stale directory entry', () => {
    const out = join(dir, 'reply-current.pdf');
    const to = '601120, Владимирская обл., г. Покров, ул. Ленина, д. 1, ФКУ ИК-3 УФСИН России по Владимирской области, Иванову Ивану Петровичу, 1980 г. р.';
    const r = cli('envelope', '--to', to, '--from', FROM, '--format', 'DL', '--reply', '-o', out);
    expect(r.status).toBe(0);
    expect(pdftext(out)).toContain('ИК-3');
    expect(r.stderr).not.toMatch(/out of date/);
  });

  it.each([
    ['an unknown format', ['--to', TO, '--from', FROM, '--format', 'B5'], /--format must be one of/],
    ['an unparseable address', ['--to', '???', '--from', FROM, '--format', 'DL'], /--to: no name found/],
    ['a sender without a name', ['--to', TO, '--from', '443001', '--format', 'DL'], /--from: no name found/],
  ])('fails with exit 1 and no file on %s', (_, args, message) => {
    const out = join(dir, 'bad.pdf');
    const r = cli('envelope', ...args, '-o', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});
