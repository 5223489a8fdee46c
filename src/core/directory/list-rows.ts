import { ADDRESS_PARTS, mapHeaders, type Column } from './columns.ts';
import { parseCsv } from './csv.ts';
import { splitTextList } from './text-list.ts';
import type { DirectoryError } from './types.ts';

/**
 * The first, cheap pass of a list import: the file cut into rows, each with its address text
 * and whatever else its columns give. Parsing the addresses (the slow part) comes after, a
 * chunk at a time (list-import.ts).
 */
export type ListFormat = 'csv' | 'json' | 'text';

export interface RawRow {
  /** 1-based position in the list as the user sees it (CSV: data rows after the header). */
  row: number;
  /** 1-based line of the file where the row starts, when known. */
  line: number | null;
  /** The address as the row gives it (one cell, or the parts of a split address joined). */
  address: string;
  /** A name given apart from the address: a heading above it, or name columns, in the nominative. */
  name: string | null;
  fields: Partial<Record<Column, string>>;
}

export interface RawList {
  format: ListFormat;
  rows: RawRow[];
  /** Problems with the file as a whole (row 0): broken JSON, a table with no known column. */
  errors: DirectoryError[];
  /** Text that held no address (a page's introduction, menus), with its lines: reported, not hidden. */
  skipped: { line: number; text: string }[];
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : Array.isArray(v) ? v.map(String).join(', ') : String(v).trim());

/** JSON if it looks like JSON; a table if its first line has a delimiter and a known column; otherwise page text. */
export function detectListFormat(input: string, fileName = ''): ListFormat {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  const trimmed = input.replace(/^\uFEFF/, '').trimStart();
  if (/^[[{]/.test(trimmed)) return 'json';
  const first = trimmed.split(/\r?\n/, 1)[0] ?? '';
  const cells = first.split(/[,;\t]/);
  // A one-column table says what its column is ("Адрес"); a page's label would end with a colon.
  const known = mapHeaders(cells).filter((c) => c !== null).length;
  return (cells.length > 1 && known > 0) || (cells.length === 1 && known === 1 && !/:\s*$/.test(first)) ? 'csv' : 'text';
}

/** A row of named cells → the row's address text and name. */
function rowFromFields(row: number, line: number | null, fields: Partial<Record<Column, string>>): RawRow {
  const address = fields.oneLineAddress?.trim()
    ? fields.oneLineAddress
    : ADDRESS_PARTS.map((part) => (part === 'house' && fields.house ? `д. ${fields.house}` : fields[part]))
        .filter((p): p is string => !!p?.trim())
        .join(', ');
  const parts = fields.fullName?.trim() ? [fields.fullName] : [fields.surname, fields.first, fields.patronymic];
  const name = parts.filter((p): p is string => !!p?.trim()).join(' ') || null;
  return { row, line, address: address ?? '', name, fields };
}

function named(headers: string[], values: unknown[], columns = mapHeaders(headers)): Partial<Record<Column, string>> {
  const fields: Partial<Record<Column, string>> = {};
  columns.forEach((column, i) => {
    const v = text(values[i]);
    if (column && v && !fields[column]) fields[column] = v;
  });
  return fields;
}

function fromCsv(input: string): RawList {
  const [header, ...rows] = parseCsv(input);
  if (!header) return { format: 'csv', rows: [], errors: [{ code: 'bad-csv', params: { message: 'empty file' } }], skipped: [] };
  if (mapHeaders(header).every((c) => c === null)) {
    return { format: 'csv', rows: [], errors: [{ code: 'unknown-columns', params: { columns: header.join(', ').slice(0, 200) } }], skipped: [] };
  }
  const columns = mapHeaders(header);
  return { format: 'csv', rows: rows.map((cells, i) => rowFromFields(i + 1, null, named(header, cells, columns))), errors: [], skipped: [] };
}

/** Our own export nests source and notes; other tools nest nothing. Keys are mapped like table headers. */
function flatten(x: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...x };
  for (const [key, sub] of Object.entries(x)) {
    if (typeof sub !== 'object' || sub === null || Array.isArray(sub)) continue;
    delete out[key];
    for (const [k, v] of Object.entries(sub as Record<string, unknown>)) out[key === 'source' ? `source ${k === 'url' ? 'url' : 'title'}` : `${key}_${k}`] = v;
  }
  return out;
}

function fromJson(input: string): RawList {
  let data: unknown;
  try {
    data = JSON.parse(input.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { format: 'json', rows: [], errors: [{ code: 'bad-json', params: { message: e instanceof Error ? e.message : String(e) } }], skipped: [] };
  }
  // A bare array, or an object holding one ({"prisoners": […]}, {"rows": […]}).
  const holder = typeof data === 'object' && data !== null && !Array.isArray(data) ? Object.values(data).find(Array.isArray) : null;
  const list: unknown[] = Array.isArray(data) ? data : Array.isArray(holder) ? holder : [data];
  const rows = list.map((item, i) => {
    if (typeof item === 'string') return rowFromFields(i + 1, null, { oneLineAddress: item });
    const flat = typeof item === 'object' && item !== null ? flatten(item as Record<string, unknown>) : {};
    return rowFromFields(i + 1, null, named(Object.keys(flat), Object.values(flat)));
  });
  return { format: 'json', rows, errors: [], skipped: [] };
}

function fromText(input: string): RawList {
  const { entries, skipped } = splitTextList(input);
  const rows = entries.map((e, i): RawRow => ({ row: i + 1, line: e.line, address: e.address, name: e.heading, fields: {} }));
  return { format: 'text', rows, errors: [], skipped };
}

/** Cuts a list into rows in the given format (or the one `detectListFormat` finds). */
export function readListRows(input: string, format: ListFormat): RawList {
  if (format === 'json') return fromJson(input);
  if (format === 'csv') return fromCsv(input);
  return fromText(input);
}
