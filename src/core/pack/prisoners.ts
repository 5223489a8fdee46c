import { parseAddress } from '../address/parse.ts';
import type { PrisonerRecord } from '../directory/types.ts';
import type { PackPrisoner } from './types.ts';

/**
 * A directory or list record as the pack needs it: its one-line address parsed again (the same
 * parser the single-letter path uses), with the record's checked nominative names and gender
 * trusted over what the parser recovers from the dative.
 */
export function prisonerFromRecord(record: PrisonerRecord, row: number, lang: string): PackPrisoner {
  const { address } = parseAddress(record.oneLineAddress);
  if (address.recipient) {
    address.recipient = { ...address.recipient, surname: record.surname, first: record.first, patronymic: record.patronymic, gender: record.gender ?? address.recipient.gender, birthYear: record.birthYear ?? address.recipient.birthYear };
  }
  const about = lang === 'ru' ? record.notes.ru : record.notes.en || '';
  const title = (lang !== 'ru' && record.source.titleEn) || record.source.title;
  return { row, address, about: about || null, source: title ? { title, checkedAt: record.checkedAt } : null };
}
