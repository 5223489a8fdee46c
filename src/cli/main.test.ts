import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

export function runCli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { input, encoding: 'utf8', timeout: 30000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the CLI', () => {
  it('lists its commands on --help', () => {
    const { code, stdout } = runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run --silent cli -- COMMAND/);
    expect(stdout).toMatch(/^ {2}version +Print the Konvert version\./m);
  });

  it('prints usage to stderr and exits 2 on an unknown command', () => {
    const { code, stdout, stderr } = runCli(['frobnicate']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Unknown command: frobnicate/);
    expect(stderr).toMatch(/Commands:/);
  });

  it('refuses command names that are not plain words', () => {
    expect(runCli(['../main']).code).toBe(2);
  });
});
