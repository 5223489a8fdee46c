import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const cli = (args: string[]) => spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });

describe('cli templates', () => {
  it('prints at least 12 templates as JSON with id and full ru and en texts', () => {
    const run = cli(['templates', '--json']);
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as { id: string; ru: string; en: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(12);
    for (const row of rows) {
      expect(row.id).toMatch(/^[a-z-]+$/);
      expect(row.ru).toMatch(/[а-яё]/i);
      expect(row.en).toMatch(/[a-z]/i);
    }
  });

  it('prints one template as readable text', () => {
    const run = cli(['templates', '--id', 'birthday']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('С днём рождения!');
    expect(run.stdout).toContain('Happy birthday!');
  });

  it('fails with exit code 2 for an unknown id', () => {
    expect(cli(['templates', '--id', 'nope']).status).toBe(2);
  });
});
