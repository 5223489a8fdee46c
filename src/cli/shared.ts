import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseAddress, type Address } from '../core/address/index.ts';
import { readWriter, type Writer } from '../core/letter/index.ts';
import { CliError } from './command.ts';

// What the letter, envelope and fpismo commands share: reading and writing files,
// and turning --to / --from into addresses with messages a person can act on.

/** Fonts ship with the app; the core gets their bytes, never a path. */
export function readFont(pkg: 'pt-serif' | 'pt-sans'): Uint8Array {
  const file = pkg === 'pt-serif' ? 'PTSerif_400Regular.ttf' : 'PTSans_400Regular.ttf';
  return new Uint8Array(readFileSync(new URL(`../../node_modules/@expo-google-fonts/${pkg}/400Regular/${file}`, import.meta.url)));
}

/** Writes beside the target and renames, so a failure never leaves a half-written file. */
export function writeAtomic(path: string, bytes: Uint8Array | string): void {
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new CliError(`cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
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
export function parseWriter(text: string | undefined): Writer & { notes: string[] } {
  if (!text?.trim()) throw new CliError('--from is required');
  const writer = readWriter(text);
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
