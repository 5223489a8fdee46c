import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { CliError } from './command.ts';

/*
 * Where the CLI writes (-o, --txt), as a careful tool should (security-probe #4, #11):
 * - `-` (or /dev/stdout) is standard output;
 * - a missing path or a regular file is written beside it and renamed into place, so a
 *   failure never leaves half a file (the mode of a replaced file is kept);
 * - a symbolic link is followed: its target is written, the link stays;
 * - a character device or FIFO (/dev/stdout, a named pipe) is written into, never replaced;
 * - a directory or block device is refused, and so is a path that is one of the inputs;
 * - with several outputs, all are prepared before any is put in place: if one cannot be
 *   written, none is left behind.
 */

export interface Output {
  /** What the user typed: a path, or `-`. */
  path: string;
  bytes: Uint8Array | string;
  /** The option it came from, for messages: `-o`, `--txt`. */
  flag: string;
}

type Plan = { output: Output; kind: 'stdout' } | { output: Output; kind: 'in-place'; target: string } | { output: Output; kind: 'replace'; target: string; mode: number | null };

const systemPath = /^\/(dev|proc)\//;
const stdoutNames = /^\/(dev\/stdout|dev\/fd\/1|proc\/self\/fd\/1)$/;

const statOrNull = (path: string, follow: boolean): Stats | null => {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch {
    return null;
  }
};

/** Follows a chain of links to the path finally written (which may not exist yet). */
function followLinks(path: string, flag: string): string {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    const st = statOrNull(current, false);
    if (!st?.isSymbolicLink()) return current;
    const link = readlinkSync(current);
    current = isAbsolute(link) ? link : resolve(dirname(current), link);
  }
  throw new CliError(`${flag} ${path}: too many levels of symbolic links`);
}

/** Whether a path names our own standard output. */
export const isStdout = (path: string | undefined) => path === '-' || (!!path && stdoutNames.test(resolve(path)));

export function planOutput(output: Output): Plan {
  const { path, flag } = output;
  // Our own standard output under any of its names: the stream, whatever it is (a pipe, a socket, a file).
  if (isStdout(path)) return { output, kind: 'stdout' };
  if (path === '') throw new CliError(`${flag} needs a file name (or - for standard output)`);
  // stat follows links the way the kernel does, /proc/self/fd magic links included.
  const st = statOrNull(path, true);
  if (st?.isDirectory()) throw new CliError(`${flag} ${path} is a directory; give a file name`);
  if (st && (st.isCharacterDevice() || st.isFIFO())) return { output, kind: 'in-place', target: path };
  if (st && !st.isFile()) throw new CliError(`${flag} ${path} is not a regular file, a pipe or a terminal: refusing to write to it`);
  const target = st ? realpathSync(path) : followLinks(path, flag);
  // A file reached through /dev/stdout or /proc/…/fd is someone's open descriptor: write into it.
  if (systemPath.test(resolve(path)) || systemPath.test(target)) return { output, kind: 'in-place', target: path };
  return { output, kind: 'replace', target, mode: st ? st.mode & 0o7777 : null };
}

/** Same file: the same inode when both exist, else the same resolved path. */
function sameFile(a: string, b: string): boolean {
  const sa = statOrNull(a, true);
  const sb = statOrNull(b, true);
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
  return resolve(followLinks(a, '')) === resolve(followLinks(b, ''));
}

const reason = (error: unknown) => (error instanceof Error ? error.message.replace(/^[A-Z]+: /, '') : String(error));

/** Writes every output, or (when one fails) leaves no new file behind. `inputs` are files the command read. */
export function writeOutputs(outputs: Output[], inputs: readonly string[] = [], stdout: (bytes: Uint8Array | string) => void = (b) => process.stdout.write(b)): void {
  const plans = outputs.map(planOutput);
  if (plans.filter((p) => p.kind === 'stdout').length > 1) throw new CliError('only one output can be - (standard output)');
  // Only files that would be replaced can be clobbered; a terminal or pipe is written into.
  for (const [i, p] of plans.entries()) {
    if (p.kind !== 'replace') continue;
    const input = inputs.find((f) => sameFile(f, p.target));
    if (input) throw new CliError(`${p.output.flag} ${p.output.path} is the input file ${input}: refusing to overwrite it`);
    const twin = plans.slice(0, i).find((q) => q.kind === 'replace' && sameFile(q.target, p.target));
    if (twin) throw new CliError(`${twin.output.flag} and ${p.output.flag} name the same file: ${p.output.path}`);
  }
  const temps: { tmp: string; target: string }[] = [];
  try {
    for (const p of plans) {
      if (p.kind !== 'replace') continue;
      const tmp = join(dirname(p.target), `.${basename(p.target)}.${randomBytes(4).toString('hex')}.tmp`);
      temps.push({ tmp, target: p.target });
      try {
        writeFileSync(tmp, p.output.bytes, { flag: 'wx' });
        if (p.mode !== null) chmodSync(tmp, p.mode);
      } catch (error) {
        throw new CliError(`cannot write ${p.output.path}: ${reason(error)}`);
      }
    }
    for (const p of plans) {
      try {
        if (p.kind === 'in-place') writeFileSync(p.target, p.output.bytes);
      } catch (error) {
        throw new CliError(`cannot write ${p.output.path}: ${reason(error)}`);
      }
    }
    for (const t of temps) {
      try {
        renameSync(t.tmp, t.target);
      } catch (error) {
        throw new CliError(`cannot write ${t.target}: ${reason(error)}`);
      }
    }
    temps.length = 0;
    for (const p of plans) if (p.kind === 'stdout') stdout(p.output.bytes);
  } finally {
    for (const t of temps) rmSync(t.tmp, { force: true });
  }
}
