import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TO = '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';
const FROM = 'Петрова Мария Ивановна, ул. Ленина, д. 5, кв. 12, г. Самара, 443001';
const cli = (...args: string[]) => spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'konvert-cli-letter-'));
const body = join(dir, 'body.txt');
writeFileSync(body, 'Пишу вам из Самары. У нас выпал первый снег.\n\nЧитаю "Войну и мир" - медленно, по главе в день. 😀\n');

describe('cli letter', () => {
  it('writes a PDF letter with the recipient line, the body as typed and a signature, and warns about the emoji', () => {
    const out = join(dir, 'letter.pdf');
    const txt = join(dir, 'letter.txt');
    const r = cli('letter', '--to', TO, '--from', FROM, '--body', body, '-o', out, '--date', '2026-11-25', '--txt', txt);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/letter\.pdf: 1 page\(s\)/);
    expect(r.stderr).toMatch(/U\+1F600/);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Балину Андрею Альбертовичу, 1974 г. р. 25 ноября 2026 г. Пишу вам из Самары.');
    expect(text).toContain('«Войну и мир» — медленно');
    expect(text).toContain('Всего Вам доброго! Мария');
    expect(text).not.toContain('Мария Петрова');
    expect(readFileSync(txt, 'utf8')).toMatch(/^Балину Андрею Альбертовичу, 1974 г\. р\.\n\n25 ноября 2026 г\.\n\nПишу вам из Самары\./);
  });

  it.each([
    ['Здравствуйте, Андрей! Пишу вам из Самары.\n\nВсего доброго, Маша', 'Здравствуйте, Андрей! Пишу вам из Самары. Всего доброго, Маша'],
    ['Здравствуйте, Андрей Альбертович!\n\nПишу вам из Самары.', 'Здравствуйте, Андрей Альбертович! Пишу вам из Самары. Всего Вам доброго! Мария'],
    ['Пишу вам из Самары.', 'Пишу вам из Самары. Всего Вам доброго! Мария'],
    ['Пишу вам из Самары.\nОбнимаю!', 'Пишу вам из Самары. Обнимаю! Мария'],
  ])('prints the body as typed and adds a signature only when it has none: %j', (text, expected) => {
    const file = join(dir, `own-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(file, text);
    const out = join(dir, 'own.pdf');
    expect(cli('letter', '--to', TO, '--from', FROM, '--body', file, '-o', out, '--date', '2026-11-25').status).toBe(0);
    const got = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ').trim();
    expect(got).toBe(`Балину Андрею Альбертовичу, 1974 г. р. 25 ноября 2026 г. ${expected}`);
  });

  it('keeps the closing’s line break and ends with the return address when asked', () => {
    const file = join(dir, 'closing.txt');
    writeFileSync(file, 'Пишу вам из Самары.\n\nС уважением,\nМария');
    const out = join(dir, 'closing.pdf');
    expect(cli('letter', '--to', TO, '--from', FROM, '--body', file, '-o', out, '--date', '2026-11-25', '--return-address').status).toBe(0);
    const lines = spawnSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    const at = lines.indexOf('С уважением,');
    expect(lines[at + 1]).toBe('Мария');
    expect(lines.slice(at + 2).join(' ')).toBe(`Мой адрес для ответа: ${FROM}`);
  });

  it.each([
    ['an unparseable address', ['--to', 'просто текст', '--from', FROM, '--body', body], /--to: no name found/],
    ['a missing body file', ['--to', TO, '--from', FROM, '--body', join(dir, 'nope.txt')], /cannot read body file/],
    ['a missing --from', ['--to', TO, '--body', body], /--from is required/],
    ['a bad date', ['--to', TO, '--from', FROM, '--body', body, '--date', '25.11.2026'], /--date must be YYYY-MM-DD/],
  ])('fails with exit 1 and no file on %s', (_, args, message) => {
    const out = join(dir, `bad-${Math.random().toString(36).slice(2)}.pdf`);
    const r = cli('letter', ...args, '-o', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
