import type { DirectoryError } from './types.ts';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';
const isNullableText = (x: unknown) => x === null || x === undefined || typeof x === 'string';

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const ADDRESS_KEYS = ['index', 'region', 'district', 'locality', 'localityType', 'street', 'streetType', 'house', 'building', 'buildingType', 'flat'];

/** Checks a directory record of unknown origin (imported file, local storage); returns codes, never throws. */
export function validatePrisoner(x: unknown, opts: { requireSource?: boolean } = {}): DirectoryError[] {
  const requireSource = opts.requireSource ?? true;
  if (!isObject(x)) return [{ code: 'not-an-object' }];
  const errors: DirectoryError[] = [];
  for (const field of ['id', 'surname', 'oneLineAddress', 'checkedAt']) {
    if (!isText(x[field])) errors.push({ code: 'missing-field', params: { field } });
  }
  for (const field of ['first', 'patronymic', 'institution', 'institutionFull']) {
    if (!isNullableText(x[field])) errors.push({ code: 'bad-type', params: { field } });
  }
  if (x.gender !== null && x.gender !== undefined && x.gender !== 'm' && x.gender !== 'f') errors.push({ code: 'bad-gender' });
  const year = x.birthYear;
  if (year !== null && year !== undefined) {
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > new Date().getUTCFullYear()) {
      errors.push({ code: 'bad-birth-year', params: { value: String(year) } });
    }
  }
  if (isText(x.checkedAt) && !validDate(x.checkedAt)) errors.push({ code: 'bad-date', params: { field: 'checkedAt' } });
  if (!isObject(x.address)) errors.push({ code: 'missing-field', params: { field: 'address' } });
  else {
    for (const key of ADDRESS_KEYS) if (!isNullableText(x.address[key])) errors.push({ code: 'bad-type', params: { field: `address.${key}` } });
    const index = x.address.index;
    if (typeof index === 'string' && !/^\d{6}$/.test(index)) errors.push({ code: 'bad-index', params: { value: index } });
  }
  // A list pasted from a page may come without its address; the bundled directory always names its source.
  if (!isObject(x.source) || typeof x.source.url !== 'string' || typeof x.source.title !== 'string' || (requireSource && !isText(x.source.url))) {
    errors.push({ code: 'missing-field', params: { field: 'source' } });
  } else if (x.source.url !== '' && !/^https?:\/\/\S+$/.test(x.source.url)) errors.push({ code: 'bad-url', params: { value: x.source.url } });
  if (!Array.isArray(x.languages) || !x.languages.every((l) => typeof l === 'string' && /^[a-z]{2}$/.test(l))) {
    errors.push({ code: 'bad-type', params: { field: 'languages' } });
  }
  if (!isObject(x.notes) || typeof x.notes.ru !== 'string' || typeof x.notes.en !== 'string') {
    errors.push({ code: 'bad-type', params: { field: 'notes' } });
  }
  return errors;
}
