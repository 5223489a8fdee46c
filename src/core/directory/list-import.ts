import { recipientDative } from '../address/format.ts';
import { parseAddress } from '../address/parse.ts';
import type { AddressWarning, ParsedAddress } from '../address/types.ts';
import { mergeInto } from './import.ts';
import { detectListFormat, readListRows, type ListFormat, type RawRow } from './list-rows.ts';
import { recordFromAddress, type PrisonerInput } from './record.ts';
import type { DirectoryError, PrisonerRecord } from './types.ts';
import { validatePrisoner } from './validate.ts';

/**
 * Imports a published list — a page's text, a CSV table or JSON — into directory records,
 * row by row: every row comes back with its warnings, or with the reasons it failed; rows
 * naming the same person are merged, and say so. The slow part (reading each address) runs
 * a chunk at a time (`step`), so a screen can show progress on a 10,000-row list.
 */
export interface ImportedRow {
  row: number;
  line: number | null;
  /** The row's address as written, for showing beside the result. */
  text: string;
  status: 'ok' | 'merged' | 'failed';
  /** The person (for a merged row, the record it was merged into). */
  record: PrisonerRecord | null;
  warnings: AddressWarning[];
  /** Why the row failed. */
  problems: DirectoryError[];
  /** For a merged row: the row it repeats. */
  sameAs: number | null;
}

export interface ListImport {
  format: ListFormat;
  rows: ImportedRow[];
  /** One per person, in list order. */
  records: PrisonerRecord[];
  /** Problems with the whole file (row 0). */
  errors: DirectoryError[];
  /** Lines of page text that held no address. */
  skipped: { line: number; text: string }[];
}

export interface ListImportOptions {
  format?: ListFormat | 'auto';
  /** Helps guess the format: "list.csv". */
  fileName?: string;
  /** checkedAt for rows that give none (the day of the import), YYYY-MM-DD. */
  today: string;
  /** Where the list came from, for rows that do not say. */
  source?: { url: string; title: string };
  /** More rows than this are not read, and the import says so (the saved-list limit). */
  maxRows?: number;
}

export interface ListImportJob {
  readonly format: ListFormat;
  readonly total: number;
  readonly done: number;
  /** Reads up to `count` more rows; true once every row is read. */
  step(count: number): boolean;
  result(): ListImport;
}

const nameKey = (r: PrisonerRecord) => [r.surname, r.first, r.patronymic].join(' ').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

const GENDERS: Record<string, 'm' | 'f'> = { m: 'm', м: 'm', муж: 'm', male: 'm', мужской: 'm', f: 'f', ж: 'f', жен: 'f', female: 'f', женский: 'f' };

/** The address with the person's name in the dative appended, as projects publish it, when the address itself names nobody. */
function withName(row: RawRow, parsed: ParsedAddress): { text: string; parsed: ParsedAddress } {
  if (parsed.address.recipient?.surname || !row.name) return { text: row.address, parsed };
  const named = parseAddress(`${row.name}\n${row.address}`);
  const dative = recipientDative(named.address);
  if (!dative) return { text: row.address, parsed };
  const year = named.address.recipient?.birthYear;
  const text = `${row.address.trim().replace(/[,;.\s]+$/, '')}, ${dative}${year ? `, ${year} г. р.` : ''}`;
  return { text, parsed: parseAddress(text) };
}

function inputFor(row: RawRow, text: string, opts: ListImportOptions): PrisonerInput {
  const f = row.fields;
  const year = (f.birthYear ?? f.birthDate ?? '').match(/(?:19|20)\d{2}/)?.[0];
  return {
    id: f.id ?? null,
    // Names the row gives apart win over names recovered from the dative; the address's own are the fallback.
    surname: f.surname ?? null,
    first: f.surname ? (f.first ?? null) : null,
    patronymic: f.surname ? (f.patronymic ?? null) : null,
    gender: GENDERS[(f.gender ?? '').toLowerCase()] ?? null,
    birthYear: year ? Number(year) : null,
    institution: null,
    oneLineAddress: text,
    sourceUrl: f.sourceUrl ?? opts.source?.url ?? '',
    sourceTitle: f.sourceTitle ?? opts.source?.title ?? '',
    checkedAt: f.checkedAt ?? opts.today,
    languages: f.languages ? f.languages.split(/[\s,;|]+/).filter(Boolean) : null,
    notesRu: f.notesRu ?? f.notes ?? null,
    notesEn: f.notesEn ?? null,
  };
}

/** One row read: parsed, named, checked. */
export function readRow(row: RawRow, opts: ListImportOptions): ImportedRow {
  const base = { row: row.row, line: row.line, text: row.address, record: null, warnings: [], sameAs: null };
  if (!row.address.trim()) return { ...base, status: 'failed', problems: [{ code: 'no-address' }] };
  const f = row.fields;
  if ((f.birthYear && !/^\s*(?:19|20)\d{2}\s*(?:г\.?\s*р?\.?)?\s*$/i.test(f.birthYear)) || (f.birthDate && !/(?:19|20)\d{2}/.test(f.birthDate))) {
    return { ...base, status: 'failed', problems: [{ code: 'bad-birth-year', params: { value: f.birthYear ?? f.birthDate ?? '' } }] };
  }
  let text = row.address;
  let parsed = parseAddress(text);
  // A table may keep the institution in a column of its own: it belongs on the envelope.
  if (!parsed.address.institutionFull && f.institution && f.oneLineAddress) {
    text = `${text.trim().replace(/[,;.\s]+$/, '')}, ${f.institution}`;
    parsed = parseAddress(text);
  }
  const named = withName({ ...row, address: text }, parsed);
  const { address, warnings } = named.parsed;
  if (!address.recipient?.surname && !f.surname) {
    // An envelope to Russia needs the name in Russian letters; a list in English gives them in Latin.
    const latin = !!row.name && /[A-Za-z]/.test(row.name) && !/[А-Яа-яЁё]/.test(row.name);
    return { ...base, warnings, status: 'failed', problems: [latin ? { code: 'latin-name', params: { name: row.name ?? '' } } : { code: 'no-name' }] };
  }
  if (!address.index && !address.locality && !address.institution) return { ...base, warnings, status: 'failed', problems: [{ code: 'no-place' }] };
  const record = recordFromAddress(inputFor(row, named.text, opts), address);
  const problems = validatePrisoner(record, { requireSource: false });
  if (problems.length) return { ...base, warnings, status: 'failed', problems };
  return { ...base, warnings, status: 'ok', record, problems: [] };
}

/** Starts an import; call `step` until it returns true, then `result`. */
export function startListImport(input: string, opts: ListImportOptions): ListImportJob {
  const text = typeof input === 'string' ? input : '';
  const format = !opts.format || opts.format === 'auto' ? detectListFormat(text, opts.fileName) : opts.format;
  const raw = readListRows(text, format);
  const maxRows = opts.maxRows ?? Number.POSITIVE_INFINITY;
  const errors = [...raw.errors];
  if (raw.rows.length > maxRows) errors.push({ code: 'too-many-rows', params: { count: raw.rows.length, max: maxRows } });
  const pending = raw.rows.slice(0, maxRows);
  const rows: ImportedRow[] = [];
  const records: PrisonerRecord[] = [];
  // Same name and birth year, or the same name where one of the two rows gives no year.
  const byName = new Map<string, ImportedRow[]>();
  let done = 0;

  const merge = (result: ImportedRow): ImportedRow => {
    const record = result.record;
    if (!record) return result;
    const key = nameKey(record);
    const same = (byName.get(key) ?? []).find((r) => !r.record?.birthYear || !record.birthYear || r.record.birthYear === record.birthYear);
    if (!same?.record) {
      byName.set(key, [...(byName.get(key) ?? []), result]);
      records.push(record);
      return result;
    }
    mergeInto(same.record, record);
    return { ...result, status: 'merged', record: same.record, sameAs: same.row, problems: [{ code: 'duplicate-merged', params: { first: same.row } }] };
  };

  return {
    format,
    total: pending.length,
    get done() {
      return done;
    },
    step(count: number) {
      const end = Math.min(pending.length, done + Math.max(1, count));
      for (; done < end; done++) rows.push(merge(readRow(pending[done] as RawRow, opts)));
      return done >= pending.length;
    },
    result: () => ({ format, rows, records, errors, skipped: raw.skipped }),
  };
}

/** The whole import at once (the CLI; tests). */
export function importList(input: string, opts: ListImportOptions): ListImport {
  const job = startListImport(input, opts);
  job.step(job.total);
  return job.result();
}

/**
 * The import a chunk at a time, giving the page a turn between chunks (`pause`, by default a
 * zero timeout) and reporting progress, so a long list never freezes the screen.
 */
export async function importListInChunks(
  input: string,
  opts: ListImportOptions,
  { chunk = 200, onProgress, pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0)) }: { chunk?: number; onProgress?: (done: number, total: number) => void; pause?: () => Promise<void> } = {},
): Promise<ListImport> {
  const job = startListImport(input, opts);
  onProgress?.(0, job.total);
  while (!job.step(chunk)) {
    onProgress?.(job.done, job.total);
    await pause();
  }
  onProgress?.(job.done, job.total);
  return job.result();
}
