import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const cli = (args: string[]) => spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });

describe('cli phrases', () => {
  it('prints at least 200 phrases as JSON with id, ru, en and topic', () => {
    const run = cli(['phrases', '--json']);
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as { id: string; ru: string; en: string; topic: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(200);
    for (const row of rows) for (const key of ['id', 'ru', 'en', 'topic'] as const) expect(row[key]).not.toBe('');
  });

  it('searches with a typo and prints readable text', () => {
    const run = cli(['phrases', '--search', 'пагода']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toContain('погода');
  });

  it('filters by topic', () => {
    const rows = JSON.parse(cli(['phrases', '--json', '--topic', 'animals-nature']).stdout) as { topic: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.topic === 'animals-nature')).toBe(true);
  });

  it('fails with exit code 2 for an unknown topic', () => {
    expect(cli(['phrases', '--topic', 'politics']).status).toBe(2);
  });
});
