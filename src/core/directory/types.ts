import type { Address, Gender } from '../address/types.ts';

/** Postal parts of a record; same fields and conventions as the address parser (src/core/address/README.md). */
export type PrisonerAddress = Pick<
  Address,
  'index' | 'region' | 'district' | 'locality' | 'localityType' | 'street' | 'streetType' | 'house' | 'building' | 'buildingType' | 'flat'
>;

/**
 * One directory entry (DOMAIN.md §1): names in the nominative, where to write,
 * where the facts come from and when they were last checked (prisoners are moved).
 */
export interface PrisonerRecord {
  id: string;
  surname: string;
  first: string | null;
  patronymic: string | null;
  gender: Gender | null;
  birthYear: number | null;
  /** Short form: "СИЗО-4". */
  institution: string | null;
  institutionFull: string | null;
  address: PrisonerAddress;
  /** As the source publishes it: index first, name in the dative last. */
  oneLineAddress: string;
  /** `title` in Russian (the source's own language); `titleEn` for the English interface, when given. */
  source: { url: string; title: string; titleEn?: string };
  /** ISO date, YYYY-MM-DD: when the source gave this address (not when Konvert looked). */
  checkedAt: string;
  /** The entry itself says the address is probably out of date (e.g. a remand prison after the verdict). */
  addressMayBeStale?: boolean;
  /** ISO 639-1 codes of the languages letters may be written in. */
  languages: string[];
  notes: { ru: string; en: string };
}

export type DirectoryErrorCode =
  | 'not-an-object'
  | 'missing-field'
  | 'bad-type'
  | 'bad-gender'
  | 'bad-birth-year'
  | 'bad-date'
  | 'bad-url'
  | 'bad-index'
  | 'bad-json'
  | 'bad-csv'
  | 'no-name'
  | 'no-address'
  | 'no-place'
  | 'latin-name'
  | 'unknown-columns'
  | 'too-many-rows'
  | 'duplicate-merged';

export interface DirectoryError {
  code: DirectoryErrorCode;
  params?: Record<string, string | number>;
}

export interface ImportError extends DirectoryError {
  /** 1-based data row (CSV: the header is row 0) or array position + 1 (JSON). */
  row: number;
}
