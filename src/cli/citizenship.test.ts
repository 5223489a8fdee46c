import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The CLI as a good citizen of a shell (security-probe #4, #5, #10, #11): pipes, links, and
// clear one-line errors with documented exit codes.
const to = '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';
const from = 'Петрова Мария Ивановна, ул. Ленина, д. 5, кв. 12, г. Самара, 443001';

function workdir() {
  const d = mkdtempSync(join(tmpdir(), 'konvert-cli-'));
  writeFileSync(join(d, 'body.txt'), 'Здравствуйте, Андрей!\n\nКак вы?');
  return d;
}
const letter = (d: string, ...extra: string[]) => runCli(['letter', '--to', to, '--from', from, '--body', join(d, 'body.txt'), ...extra]);
const runCli = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { input, encoding: 'utf8', timeout: 30000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

describe('the CLI in a shell', () => {
  it('reads an address piped in slowly (no EAGAIN)', () => {
    const r = spawnSync('bash', ['-c', `(sleep 1; echo "$ADDR") | "${process.execPath}" --import tsx src/cli/main.ts parse-address`], {
      env: { ...process.env, ADDR: to },
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ index: '445023', institution: 'СИЗО-4' });
  });

  it('reads a piped input larger than the pipe buffer', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `Иванов${i} Иван Иванович`).join('\n');
    const r = runCli(['decline'], lines);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(3000);
  });

  it('writes the letter through a symbolic link', () => {
    const d = workdir();
    writeFileSync(join(d, 'target.pdf'), '');
    symlinkSync('target.pdf', join(d, 'link.pdf'));
    const r = letter(d, '-o', join(d, 'link.pdf'));
    expect(r.code).toBe(0);
    expect(lstatSync(join(d, 'link.pdf')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'target.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses -o equal to --body with exit 1, and leaves the letter text alone', () => {
    const d = workdir();
    const r = letter(d, '-o', join(d, 'body.txt'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is the input file/);
    expect(readFileSync(join(d, 'body.txt'), 'utf8')).toMatch(/^Здравствуйте/);
  });

  it.each(['2025-13-45', '2025-02-30', 'tomorrow', ''])('refuses --date %j with exit 1 and no stack trace', (date) => {
    const d = workdir();
    const r = letter(d, '-o', join(d, 'x.pdf'), '--date', date);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--date must be YYYY-MM-DD, a real calendar day/);
    noStack(r.stderr);
    expect(existsSync(join(d, 'x.pdf'))).toBe(false);
  });

  it('leaves no PDF behind when --txt cannot be written', () => {
    const d = workdir();
    const r = letter(d, '-o', join(d, 'ok.pdf'), '--txt', join(d, 'no', 'such', 'x.txt'));
    expect(r.code).toBe(1);
    noStack(r.stderr);
    expect(readdirSync(d)).toEqual(['body.txt']);
  });

  it('writes the PDF to standard output with -o -, and its summary to stderr', () => {
    const d = workdir();
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'letter', '--to', to, '--from', from, '--body', join(d, 'body.txt'), '-o', '-'], { timeout: 30000 });
    expect(r.status).toBe(0);
    expect(r.stdout.subarray(0, 5).toString()).toBe('%PDF-');
    expect(r.stderr.toString()).toMatch(/^-: 1 page\(s\)/m);
  });
});
