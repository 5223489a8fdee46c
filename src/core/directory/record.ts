import { formatOneLine } from '../address/format.ts';
import { parseAddress } from '../address/parse.ts';
import type { Address } from '../address/types.ts';
import { transliterate } from '../address/transliterate.ts';
import type { Gender } from '../address/types.ts';
import type { PrisonerRecord } from './types.ts';

/** What an import row or a user's form may give; everything but the address is optional. */
export interface PrisonerInput {
  id?: string | null;
  surname?: string | null;
  first?: string | null;
  patronymic?: string | null;
  gender?: Gender | null;
  birthYear?: number | null;
  institution?: string | null;
  oneLineAddress: string;
  sourceUrl?: string | null;
  sourceTitle?: string | null;
  checkedAt?: string | null;
  languages?: string[] | null;
  notesRu?: string | null;
  notesEn?: string | null;
}

/** Stable id from the passport transliteration: "balin-andrei-albertovich-1974". */
export function prisonerId(surname: string, first: string | null, patronymic: string | null, birthYear: number | null): string {
  const words = [surname, first, patronymic].filter((w): w is string => !!w).map((w) => transliterate(w, 'passport'));
  const slug = words
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return [slug || 'prisoner', birthYear].filter((p) => p !== null).join('-');
}

const blank = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);

/** Builds a record, taking what the input leaves out from its parsed one-line address. */
export function buildPrisoner(input: PrisonerInput): PrisonerRecord {
  return recordFromAddress(input, parseAddress(input.oneLineAddress).address);
}

/** The same, from an address already parsed (a list import parses each row once). */
export function recordFromAddress(input: PrisonerInput, address: Address): PrisonerRecord {
  const r = address.recipient;
  const surname = blank(input.surname) ?? r?.surname ?? '';
  const first = blank(input.first) ?? r?.first ?? null;
  const patronymic = blank(input.patronymic) ?? r?.patronymic ?? null;
  const birthYear = input.birthYear ?? r?.birthYear ?? null;
  return {
    id: blank(input.id) ?? prisonerId(surname, first, patronymic, birthYear),
    surname,
    first,
    patronymic,
    gender: input.gender ?? r?.gender ?? null,
    birthYear,
    institution: blank(input.institution) ?? address.institution,
    institutionFull: address.institutionFull,
    address: {
      index: address.index,
      region: address.region,
      district: address.district,
      locality: address.locality,
      localityType: address.localityType,
      street: address.street,
      streetType: address.streetType,
      house: address.house,
      building: address.building,
      buildingType: address.buildingType,
      flat: address.flat,
    },
    oneLineAddress: blank(input.oneLineAddress) ?? formatOneLine(address),
    source: { url: blank(input.sourceUrl) ?? '', title: blank(input.sourceTitle) ?? '' },
    checkedAt: blank(input.checkedAt) ?? '',
    languages: input.languages?.length ? input.languages : ['ru'],
    notes: { ru: input.notesRu ?? '', en: input.notesEn ?? '' },
  };
}
