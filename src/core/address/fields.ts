import type { Address } from './types.ts';

/**
 * The flat field set the CLI prints and the fixture tables check; conventions in README.md.
 * Names are nominative; absent parts are null.
 */
export interface AddressFields {
  index: string | null;
  region: string | null;
  district: string | null;
  locality: string | null;
  street: string | null;
  house: string | null;
  institution: string | null;
  institutionFull: string | null;
  surname: string | null;
  name: string | null;
  patronymic: string | null;
  birthYear: number | null;
}

export function addressFields(a: Address): AddressFields {
  return {
    index: a.index,
    region: a.region,
    district: a.district,
    locality: a.locality,
    street: a.street,
    house: a.house,
    institution: a.institution,
    institutionFull: a.institutionFull,
    surname: a.recipient?.surname ?? null,
    name: a.recipient?.first ?? null,
    patronymic: a.recipient?.patronymic ?? null,
    birthYear: a.recipient?.birthYear ?? null,
  };
}
