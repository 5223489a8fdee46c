import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import prices from '../../data/fpismo-prices.json';

const TO = '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';
const cli = (...args: string[]) => spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'konvert-cli-fpismo-'));
const body = join(dir, 'body.txt');
writeFileSync(body, 'Здравствуйте! 😀\n\nЧитаю "Войну и мир" - медленно.\n');

describe('cli fpismo', () => {
  it('prints the form fields, the plain text and the estimate, warning about the emoji', () => {
    const r = cli('fpismo', '--to', TO, '--body', body, '--reply');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Регион: Самарская область');
    expect(r.stdout).toContain('Учреждение: ФКУ СИЗО-4 ГУФСИН России по Самарской области');
    expect(r.stdout).toContain('Фамилия получателя: Балин');
    expect(r.stdout).toContain('Год рождения получателя: 1974');
    expect(r.stdout).toContain('Здравствуйте!\n\nЧитаю «Войну и мир» — медленно.');
    expect(r.stdout).toContain(`Prices reported in ${prices.asOf}: ${prices.perPage} ₽ a letter (possibly more for a long one), reply form ${prices.replyForm} ₽`);
    expect(r.stdout).not.toMatch(/Cost|total|Pages/i);
    expect(r.stderr).toMatch(/U\+1F600/);
    // The directory's own entry calls this address out of date: say so before anyone pays (fifth review, item 2).
    expect(r.stderr).toMatch(/warning: this is the directory's address for Балин Андрей, taken from a source dated 2023-03-17; it is almost certainly out of date/);
  });

  it('does not warn about an address that is not a stale directory entry', () => {
    const r = cli('fpismo', '--to', '601120, Владимирская обл., г. Покров, ул. Ленина, д. 1, ФКУ ИК-3 УФСИН России по Владимирской области, Иванову Ивану Петровичу, 1980 г. р.', '--body', body);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/out of date/);
  });

  it('gives the draft as JSON and writes the plain text', () => {
    const txt = join(dir, 'letter.txt');
    const r = cli('fpismo', '--to', TO, '--body', body, '--json', '--txt', txt, '--photos', '2');
    expect(r.status).toBe(0);
    const draft = JSON.parse(r.stdout) as { chars: number; estimate: { pages: number; total: number } };
    expect(draft.estimate).toMatchObject({ pages: 1, total: prices.perPage + 2 * prices.photo });
    expect(readFileSync(txt, 'utf8')).toBe('Здравствуйте!\n\nЧитаю «Войну и мир» — медленно.\n');
  });

  it.each([
    ['an unparseable address', ['--to', 'абв', '--body', body], /--to: no name found/],
    ['a missing body file', ['--to', TO, '--body', join(dir, 'nope.txt')], /cannot read body file/],
  ])('fails with exit 1 on %s', (_, args, message) => {
    const r = cli('fpismo', ...args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
  });
});
