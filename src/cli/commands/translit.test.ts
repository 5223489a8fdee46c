import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const cli = (args: string[], input?: string) =>
  spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', input });

describe('cli translit', () => {
  it('prints the Cyrillic for a Latin argument', () => {
    const run = cli(['translit', "Privet, Andrei! Kak u tebya dela? Pishi mne `iPhone`."]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Привет, Андрей! Как у тебя дела? Пиши мне iPhone.\n');
  });

  it('reads stdin when no text is given', () => {
    const run = cli(['translit'], 'Zhdu otveta\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Жду ответа\n');
  });

  it('fails with exit code 2 when there is no text at all', () => {
    const run = cli(['translit'], '');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('translit:');
  });
});
