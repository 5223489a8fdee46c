import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from './command.ts';
import { planOutput, writeOutputs } from './output.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'konvert-out-'));
const out = (path: string, bytes = 'PDF', flag = '-o') => ({ path, bytes, flag });

describe('writeOutputs', () => {
  it('creates a missing file and replaces a regular one whole, keeping its mode', () => {
    const d = dir();
    writeOutputs([out(join(d, 'new.pdf'))]);
    expect(readFileSync(join(d, 'new.pdf'), 'utf8')).toBe('PDF');
    writeFileSync(join(d, 'old.pdf'), 'old');
    chmodSync(join(d, 'old.pdf'), 0o600);
    writeOutputs([out(join(d, 'old.pdf'), 'new')]);
    expect(readFileSync(join(d, 'old.pdf'), 'utf8')).toBe('new');
    expect(statSync(join(d, 'old.pdf')).mode & 0o777).toBe(0o600);
    expect(readdirSync(d).sort()).toEqual(['new.pdf', 'old.pdf']);
  });

  it('writes through a symbolic link and leaves the link in place', () => {
    const d = dir();
    writeFileSync(join(d, 'target.txt'), 'before');
    symlinkSync('target.txt', join(d, 'link.pdf'));
    writeOutputs([out(join(d, 'link.pdf'), 'after')]);
    expect(lstatSync(join(d, 'link.pdf')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(d, 'link.pdf'))).toBe('target.txt');
    expect(readFileSync(join(d, 'target.txt'), 'utf8')).toBe('after');
  });

  it('creates the target of a dangling link', () => {
    const d = dir();
    mkdirSync(join(d, 'sub'));
    symlinkSync(join(d, 'sub', 'made.pdf'), join(d, 'link.pdf'));
    writeOutputs([out(join(d, 'link.pdf'))]);
    expect(readFileSync(join(d, 'sub', 'made.pdf'), 'utf8')).toBe('PDF');
    expect(lstatSync(join(d, 'link.pdf')).isSymbolicLink()).toBe(true);
  });

  it('writes into a named pipe instead of replacing it', async () => {
    const d = dir();
    const fifo = join(d, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (b: Buffer) => (received += b.toString()));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    writeOutputs([out(fifo, 'through the pipe')]);
    await closed;
    expect(received).toBe('through the pipe');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it.each([
    ['/dev/null', 'in-place'],
    ['/dev/stdout', 'stdout'],
    ['-', 'stdout'],
  ])('plans %s as %s (never replaced)', (path, kind) => {
    expect(planOutput(out(path)).kind).toBe(kind);
  });

  it('sends - to standard output', () => {
    const chunks: (Uint8Array | string)[] = [];
    writeOutputs([out('-', 'bytes')], [], (b) => chunks.push(b));
    expect(chunks).toEqual(['bytes']);
  });

  it.each([
    ['a directory', (d: string) => d, /is a directory/],
    ['the input file', (d: string) => join(d, 'body.txt'), /is the input file/],
    ['a link to the input file', (d: string) => join(d, 'body-link.txt'), /is the input file/],
    ['an empty name', () => '', /needs a file name/],
  ])('refuses %s with exit 1', (_, path, message) => {
    const d = dir();
    writeFileSync(join(d, 'body.txt'), 'Здравствуйте');
    symlinkSync('body.txt', join(d, 'body-link.txt'));
    const attempt = () => writeOutputs([out(path(d))], [join(d, 'body.txt')]);
    expect(attempt).toThrow(CliError);
    expect(attempt).toThrow(message);
    expect(readFileSync(join(d, 'body.txt'), 'utf8')).toBe('Здравствуйте');
  });

  it('leaves no file behind when the second output cannot be written', () => {
    const d = dir();
    expect(() => writeOutputs([out(join(d, 'ok.pdf')), out(join(d, 'no', 'such', 'x.txt'), 'txt', '--txt')])).toThrow(/cannot write .*x\.txt/);
    expect(existsSync(join(d, 'ok.pdf'))).toBe(false);
    expect(readdirSync(d)).toEqual([]);
  });

  it('refuses two outputs to one file, and two to standard output', () => {
    const d = dir();
    expect(() => writeOutputs([out(join(d, 'a')), out(join(d, 'a'), 'x', '--txt')])).toThrow(/name the same file/);
    expect(() => writeOutputs([out('-'), out('-', 'x', '--txt')])).toThrow(/only one output/);
  });
});
