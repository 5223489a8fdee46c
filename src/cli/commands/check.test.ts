import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'konvert-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'check', ...args], { encoding: 'utf8' });
}

function letter(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text, 'utf8');
  return file;
}

describe('cli check', () => {
  it('prints findings as JSON with offsets into the text', () => {
    const text = 'Привет! Следователь опять звонил.';
    const run = cli(letter('a.txt', text), '--json');
    expect(run.status).toBe(0);
    const { findings } = JSON.parse(run.stdout) as { findings: { category: string; start: number; end: number; message: string }[] };
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ category: 'case', severity: 'high' });
    expect(text.slice(findings[0]?.start, findings[0]?.end)).toBe('Следователь');
    expect(findings[0]?.message).toMatch(/^[A-Z]/);
  });

  it('prints an empty list for a clean letter and exits 0', () => {
    const run = cli(letter('b.txt', 'Привет! У нас всё хорошо, пошли новые побеги на помидорах.'), '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ findings: [] });
  });

  it('prints findings for people with line and column, in Russian when asked', () => {
    const run = cli(letter('c.txt', 'Привет!\nСледователь звонил.'), '--lang', 'ru');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2:1');
    expect(run.stdout).toContain('Уголовное дело');
  });

  it('exits 2 with a message on a missing file', () => {
    const run = cli(join(dir, 'missing.txt'), '--json');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('missing.txt');
    expect(run.stdout).toBe('');
  });

  it('exits 2 on an unknown language', () => {
    expect(cli(letter('d.txt', 'Привет'), '--lang', 'de').status).toBe(2);
  });
});
