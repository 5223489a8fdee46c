import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleLetter } from '../../tests/pdf/sample-letter.ts';

// `npm run cli` runs the prebuilt bundle (scripts/cli.mjs builds it when missing or
// stale); the other CLI tests run the TypeScript source. Both must behave the same,
// down to the bytes of the PDFs.
const fromSource = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60000 });
const fromBundle = (args: string[]) => spawnSync(process.execPath, ['scripts/cli.mjs', ...args], { encoding: 'utf8', timeout: 60000 });

// Each case starts the CLI twice, once through tsx: slow on a loaded machine.
const slow = { timeout: 90000 };
const dir = mkdtempSync(join(tmpdir(), 'konvert-bundle-'));
const to = '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';
const from = 'Петрова Мария Ивановна, ул. Ленина, д. 5, кв. 12, г. Самара, 443001';
// Three pages, a Latin "fi" that a font's ligatures could change, and an emoji the font lacks.
const body = join(dir, 'body.txt');
writeFileSync(body, [...sampleLetter(26).paragraphs, 'P. S. Привет от Fiona из Sheffield 😀'].join('\n\n'));

describe('the CLI bundle', () => {
  beforeAll(() => {
    // Builds the bundle if needed, so the timed cases below compare runs, not a build.
    expect(fromBundle(['version']).status).toBe(0);
  }, 120000);

  it('lists every command in the commands folder without reading it', slow, () => {
    const names = readdirSync('src/cli/commands')
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => f.slice(0, -3));
    const help = fromBundle(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(fromSource(['--help']).stdout);
    for (const name of names) expect(help.stdout).toMatch(new RegExp(`^ {2}${name} `, 'm'));
    expect(readFileSync('dist-cli/konvert.mjs', 'utf8')).not.toMatch(/readdirSync\([^)]*commands/);
  });

  it.each([
    ['letter', ['letter', '--to', to, '--from', from, '--body', body, '--date', '2026-11-25', '--hyphenate']],
    ['envelope', ['envelope', '--to', to, '--from', from, '--format', 'A4', '--with-reply']],
  ])('writes the same %s PDF, byte for byte, as the source', slow, (name, args) => {
    const a = join(dir, `${name}-source.pdf`);
    const b = join(dir, `${name}-bundle.pdf`);
    const source = fromSource([...args, '-o', a]);
    const bundle = fromBundle([...args, '-o', b]);
    expect(source.status).toBe(0);
    expect(bundle.status).toBe(0);
    expect(bundle.stderr).toBe(source.stderr);
    expect(Buffer.compare(readFileSync(a), readFileSync(b))).toBe(0);
  });

  it.each([
    ['fpismo', ['fpismo', '--to', to, '--from', from, '--body', body, '--json']],
    ['check', ['check', body, '--json']],
    ['a bad address', ['letter', '--to', 'nobody', '--from', from, '--body', body, '-o', join(dir, 'never.pdf')]],
  ])('prints the same for %s as the source', slow, (_, args) => {
    const source = fromSource(args);
    const bundle = fromBundle(args);
    expect(bundle.status).toBe(source.status);
    expect(bundle.stdout).toBe(source.stdout);
    expect(bundle.stderr).toBe(source.stderr);
  });
});
