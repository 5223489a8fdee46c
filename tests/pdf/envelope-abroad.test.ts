import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tool, words, workDir } from './tools.ts';

// Mail from abroad (review §C 10-11): the prisoner's address ends with «RUSSIA / РОССИЯ» on a
// line of its own on every format, and a reply envelope to another country names the country
// in its own letters and in Russian. Checked on what the CLI really writes.
const TO = '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';
const FROM = 'Anna Schmidt, Hauptstrasse 5, 10115 Berlin, Germany';
const dir = workDir();
const cli = (...args: string[]) => spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
const lines = (pdf: string) => tool('pdftotext', [pdf, '-']).stdout.split('\n').map((l) => l.trim());

describe.each(['DL', 'C6', 'C5', 'C4', 'A4'])('a %s envelope posted from abroad', (format) => {
  const pdf = join(dir, `abroad-${format}.pdf`);
  const run = cli('envelope', '--international', '--format', format, '--to', TO, '--from', FROM, '--with-reply', '-o', pdf);

  it('prints «RUSSIA / РОССИЯ» alone on its line, never run on or broken', () => {
    expect(run.status, run.stderr).toBe(0);
    const text = lines(pdf);
    // Once on the envelope to the prisoner, once in the prisoner's block on the reply envelope.
    expect(text.filter((l) => l === 'RUSSIA / РОССИЯ')).toHaveLength(2);
    expect(text.filter((l) => /RUSSIA|РОССИЯ$/.test(l) && l !== 'RUSSIA / РОССИЯ' && !/России/.test(l))).toEqual([]);
  });

  it('puts the country on the last line of the recipient’s address, below every other part', () => {
    const ws = words(pdf).filter((w) => w.page === 1);
    const russia = ws.find((w) => w.text === 'RUSSIA');
    expect(russia).toBeDefined();
    const sameLine = ws.filter((w) => Math.abs(w.y1 - (russia?.y1 ?? 0)) < 1 && w.x1 >= (russia?.x1 ?? 0) - 1);
    expect(sameLine.map((w) => w.text)).toEqual(['RUSSIA', '/', 'РОССИЯ']);
    for (const part of ['Тольятти', 'Самарская', 'СИЗО-4', '445023']) {
      const w = ws.find((x) => x.text.replace(/,$/, '') === part && x.x1 >= (russia?.x1 ?? 0) - 1);
      expect(w?.y1, part).toBeLessThan(russia?.y1 ?? 0);
    }
    // The postcode is in the text above the country, not in boxes under it (third review, 4).
    const boxes = ws.filter((x) => x.text === 'Индекс' && x.x1 >= (russia?.x1 ?? 0) - 30 && x.y1 > (russia?.y1 ?? 0));
    expect(boxes).toEqual([]);
  });

  it('addresses the reply envelope to Germany in Latin letters and in Russian', () => {
    expect(lines(pdf)).toContain('GERMANY / ГЕРМАНИЯ');
    const reply = words(pdf).filter((w) => w.page === 2);
    const country = reply.find((w) => w.text === 'ГЕРМАНИЯ');
    const berlin = reply.find((w) => w.text === 'Berlin');
    expect(country?.y1).toBeGreaterThan(berlin?.y1 ?? Infinity);
  });
});

describe('a reply envelope to another country', () => {
  it.each([
    ['Jan Novák, Národní 1, 110 00 Praha 1, Czechia', 'CZECHIA / ЧЕХИЯ'],
    ['Anna Schmidt, Hauptstrasse 5, 10115 Berlin, Deutschland', 'DEUTSCHLAND / ГЕРМАНИЯ'],
    ['Ola Nordmann, Karl Johans gate 1, 0154 Oslo, Norway', 'NORWAY / НОРВЕГИЯ'],
  ])('for %s ends with %s', (from, country) => {
    const pdf = join(dir, `reply-${country.slice(0, 3)}.pdf`);
    const r = cli('envelope', '--reply', '--format', 'DL', '--to', TO, '--from', from, '-o', pdf);
    expect(r.status, r.stderr).toBe(0);
    expect(lines(pdf)).toContain(country);
  });
});

// Second native review §10: a writer in Kazakhstan, Armenia or Georgia types the address in
// Cyrillic. It is still an address abroad: its postcode stays on the locality line, never in
// the stencil Russian sorting machines read, and the country ends it in Latin and Russian.
describe('a reply envelope to a Cyrillic address abroad', () => {
  it.each([
    ['Иванов Иван, пр. Абая, д. 1, кв. 5, г. Алматы, 050000, Казахстан', 'г. Алматы, 050000', 'KAZAKHSTAN / КАЗАХСТАН'],
    ['Петросян Анна, ул. Абовяна, д. 10, кв. 3, Ереван, 0001, Армения', 'Ереван, 0001', 'ARMENIA / АРМЕНИЯ'],
    ['Беридзе Георгий, пр. Руставели, 5, Тбилиси, 0108, Грузия', 'Тбилиси, 0108', 'GEORGIA / ГРУЗИЯ'],
  ])('for %s keeps «%s» as a line, ends with %s and has no stencil', (from, locality, country) => {
    const pdf = join(dir, `reply-cyr-${country.slice(0, 3)}.pdf`);
    const r = cli('envelope', '--international', '--reply', '--format', 'DL', '--to', TO, '--from', from, '-o', pdf);
    expect(r.status, r.stderr).toBe(0);
    const text = lines(pdf);
    expect(text).toContain(locality);
    expect(text.filter(Boolean).at(-1)).toBe(country);
    expect(text).not.toContain('Индекс места назначения');
  });

  it('still draws the stencil for a reply envelope to an address in Russia', () => {
    const pdf = join(dir, 'reply-ru.pdf');
    const r = cli('envelope', '--reply', '--format', 'DL', '--to', TO, '--from', 'Петрова Мария Ивановна, ул. Ленина, д. 5, кв. 12, г. Самара, 443001', '-o', pdf);
    expect(r.status, r.stderr).toBe(0);
    expect(lines(pdf)).toContain('Индекс места назначения');
  });
});
