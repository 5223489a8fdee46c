import { parseCsv } from './csv.ts';
import { buildPrisoner, type PrisonerInput } from './record.ts';
import type { ImportError, PrisonerRecord } from './types.ts';
import { validatePrisoner } from './validate.ts';

export interface ImportOptions {
  /** checkedAt for rows that give none (the day the user imports the list), YYYY-MM-DD. */
  today?: string;
  /** Source for rows that give none (the page the list came from). */
  source?: { url: string; title: string };
}

export interface ImportResult {
  records: PrisonerRecord[];
  errors: ImportError[];
}

// Column names as projects and spreadsheets write them, folded to lower case.
const COLUMNS: Record<string, keyof PrisonerInput | 'fullName' | 'notes'> = {
  id: 'id', surname: 'surname', фамилия: 'surname', first: 'first', name: 'first', firstname: 'first', имя: 'first',
  patronymic: 'patronymic', отчество: 'patronymic', fio: 'fullName', фио: 'fullName', fullname: 'fullName',
  gender: 'gender', пол: 'gender', birthyear: 'birthYear', birth_year: 'birthYear', 'год рождения': 'birthYear', 'г.р.': 'birthYear',
  institution: 'institution', учреждение: 'institution', address: 'oneLineAddress', onelineaddress: 'oneLineAddress',
  адрес: 'oneLineAddress', 'адрес для писем': 'oneLineAddress', source: 'sourceUrl', sourceurl: 'sourceUrl', url: 'sourceUrl',
  источник: 'sourceUrl', sourcetitle: 'sourceTitle', checkedat: 'checkedAt', checked: 'checkedAt', 'дата проверки': 'checkedAt',
  languages: 'languages', языки: 'languages', notes: 'notes', notes_ru: 'notesRu', notesru: 'notesRu', notes_en: 'notesEn', notesen: 'notesEn',
};

function toInput(fields: Record<string, unknown>): PrisonerInput {
  const input: PrisonerInput = { oneLineAddress: '' };
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v).trim() || null);
  for (const [rawKey, value] of Object.entries(fields)) {
    const key = COLUMNS[rawKey.trim().toLowerCase()];
    if (!key) continue;
    const v = text(value);
    if (key === 'fullName' && v) {
      const [surname, first, ...rest] = v.split(/\s+/);
      input.surname ??= surname ?? null;
      input.first ??= first ?? null;
      input.patronymic ??= rest.join(' ') || null;
    } else if (key === 'birthYear') input.birthYear = v && /^\d{4}$/.test(v) ? Number(v) : v ? Number.NaN : null;
    else if (key === 'gender') input.gender = v === 'm' || v === 'м' ? 'm' : v === 'f' || v === 'ж' ? 'f' : null;
    else if (key === 'languages') input.languages = Array.isArray(value) ? value.map(String) : (v ?? '').split(/[\s,;|]+/).filter(Boolean);
    else if (key === 'notes') input.notesRu ??= v;
    else if (key === 'oneLineAddress') input.oneLineAddress = v ?? '';
    else if (key !== 'fullName') input[key] = v as never;
  }
  return input;
}

/** Builds, validates and de-duplicates rows; bad rows become errors and the rest are kept. */
function collect(rows: Record<string, unknown>[], opts: ImportOptions, firstRow: number): ImportResult {
  const records: PrisonerRecord[] = [];
  const errors: ImportError[] = [];
  const seen = new Map<string, { record: PrisonerRecord; row: number }>();
  rows.forEach((fields, i) => {
    const row = firstRow + i;
    const input = toInput(fields);
    if (!input.oneLineAddress) return errors.push({ row, code: 'no-address' });
    const record = buildPrisoner({
      ...input,
      checkedAt: input.checkedAt ?? opts.today ?? null,
      sourceUrl: input.sourceUrl ?? opts.source?.url ?? null,
      sourceTitle: input.sourceTitle ?? opts.source?.title ?? null,
    });
    if (!record.surname) return errors.push({ row, code: 'no-name' });
    const problems = validatePrisoner(record);
    if (problems.length) return errors.push(...problems.map((p) => ({ row, ...p })));
    const key = `${[record.surname, record.first, record.patronymic].join(' ').toLowerCase().replace(/ё/g, 'е')}|${record.birthYear ?? ''}`;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, { record, row });
      return records.push(record);
    }
    mergeInto(earlier.record, record);
    return errors.push({ row, code: 'duplicate-merged', params: { first: earlier.row } });
  });
  return { records, errors };
}

/** The later-checked entry's address wins (prisoners are moved); blanks are filled from either. */
export function mergeInto(target: PrisonerRecord, other: PrisonerRecord): void {
  if (other.checkedAt > target.checkedAt) {
    Object.assign(target, { ...other, id: target.id, notes: target.notes });
  }
  target.gender ??= other.gender;
  target.languages = [...new Set([...target.languages, ...other.languages])];
  if (!target.notes.ru) target.notes.ru = other.notes.ru;
  if (!target.notes.en) target.notes.en = other.notes.en;
}

/** Imports a list in the shape human-rights projects publish: CSV with a header, or a JSON array. */
export function importPrisoners(text: string, format: 'csv' | 'json', opts: ImportOptions = {}): ImportResult {
  if (typeof text !== 'string') return { records: [], errors: [{ row: 0, code: format === 'csv' ? 'bad-csv' : 'bad-json', params: { message: 'not text' } }] };
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return { records: [], errors: [{ row: 0, code: 'bad-json', params: { message: e instanceof Error ? e.message : String(e) } }] };
    }
    const list = Array.isArray(data) ? data : [data];
    const objects = list.map((x) => (typeof x === 'object' && x !== null ? flatten(x as Record<string, unknown>) : {}));
    return collect(objects, opts, 1);
  }
  const [header, ...rows] = parseCsv(text);
  if (!header) return { records: [], errors: [{ row: 0, code: 'bad-csv', params: { message: 'empty file' } }] };
  const objects = rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  return collect(objects, opts, 1);
}

/** A JSON record in our own shape nests source and notes; flatten them to the column names. */
function flatten(x: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...x };
  const source = x.source;
  if (typeof source === 'object' && source !== null) {
    out.sourceUrl = (source as Record<string, unknown>).url;
    out.sourceTitle = (source as Record<string, unknown>).title;
    delete out.source;
  }
  const notes = x.notes;
  if (typeof notes === 'object' && notes !== null) {
    out.notes_ru = (notes as Record<string, unknown>).ru;
    out.notes_en = (notes as Record<string, unknown>).en;
    delete out.notes;
  }
  return out;
}
