import { readFileSync } from 'node:fs';
import { parseAddress, type Address } from '../core/address/index.ts';
import { readWriter, type Writer } from '../core/letter/index.ts';
import { CliError, type CliIo } from './command.ts';
import { isStdout, writeOutputs } from './output.ts';

// What the letter, envelope and fpismo commands share: reading and writing files,
// and turning --to / --from into addresses with messages a person can act on.

/** Fonts ship with the app (cut to a letter's characters by scripts/make-fonts.mjs); the core gets their bytes, never a path. */
export function readFont(name: 'pt-serif' | 'pt-sans'): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../core/pdf/fonts/${name}.ttf`, import.meta.url)));
}

/** One output (see output.ts: `-` is stdout, links are followed, devices written into, files replaced whole). */
export function writeAtomic(path: string, bytes: Uint8Array | string, inputs: readonly string[] = [], flag = '-o'): void {
  writeOutputs([{ path, bytes, flag }], inputs);
}

/** Where a command's summary line goes: stdout, unless the file itself went there. */
export function summaryTo(io: CliIo, ...paths: (string | undefined)[]): (text: string) => void {
  return paths.some(isStdout) ? io.err : io.out;
}

/** A --date value: a real calendar day as YYYY-MM-DD (2025-02-30 is refused, not rolled over). */
export function parseDate(value: string | undefined, flag = '--date'): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new CliError(`${flag} must be YYYY-MM-DD, a real calendar day such as 2026-12-01: ${value}`);
  }
  return value;
}

export function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`cannot read ${what} file: ${path}`);
  }
}

/** A prisoner's address must name a person and a place, or the envelope cannot be addressed. */
export function parsePerson(text: string | undefined, flag: string): { address: Address; notes: string[] } {
  if (!text?.trim()) throw new CliError(`--${flag} is required`);
  const { address, warnings } = parseAddress(text);
  if (!address.recipient?.surname) throw new CliError(`--${flag}: no name found in "${text}"`);
  if (!address.index && !address.locality && !address.institution)
    throw new CliError(`--${flag}: no postcode, town or institution found in "${text}"`);
  return { address, notes: warnings.map((w) => `--${flag}: ${w.code}${w.params ? ` ${JSON.stringify(w.params)}` : ''}`) };
}

/** The writer's own name and address (`readWriter` in the core), or a message saying what to type. */
export function parseWriter(text: string | undefined, opts: { abroad?: boolean } = {}): Writer & { notes: string[] } {
  if (!text?.trim()) throw new CliError('--from is required');
  const writer = readWriter(text, opts);
  if (!writer) throw new CliError(`--from: no name found in "${text}" (write "Name, street, town, postcode")`);
  return { ...writer, notes: writer.warnings.map((w) => `--from: ${w.code}${w.params ? ` ${JSON.stringify(w.params)}` : ''}`) };
}

type Message = { code: string; params?: Record<string, unknown> };

/** English text for core warning codes, from locales/en/export.json. */
export function describe(w: Message): string {
  const texts = JSON.parse(readFileSync(new URL('../../locales/en/export.json', import.meta.url), 'utf8')) as Record<string, string>;
  const template = texts[w.code] ?? w.code;
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
    const v = w.params?.[k];
    return Array.isArray(v) ? v.join(' ') : String(v ?? '');
  });
}
