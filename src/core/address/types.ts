/**
 * A Russian postal address as Russian Post reads it (DOMAIN.md §3).
 * Every part is optional: published addresses often leave some out.
 * Field conventions (also in README.md beside this file and in the CLI help):
 * - `region`: official abbreviated form, as the address gives it ("Кемеровская обл.", or "Кемеровская обл. — Кузбасс" when written so): "Самарская обл.", "Республика Мордовия",
 *   "Краснодарский край", "Ханты-Мансийский автономный округ — Югра", "г. Москва";
 * - `district`: "Теньгушевский р-н";
 * - `locality`: the name only ("Тольятти"); its type word goes to `localityType` ("г.");
 * - `street`: the name with its type in the official abbreviation, in the written order
 *   ("ул. Свердлова", "Хрящевское ш."); the type alone is also in `streetType`;
 * - `house`: "3", "5А", "12/2"; `building`: "2" with `buildingType` "корп." or "стр.";
 * - `institution`: short form ("СИЗО-4", "ИК-3"); `institutionFull`: as published, spacing normalised.
 */
export type Gender = 'm' | 'f';

export interface Recipient {
  /** Nominative case. */
  surname: string | null;
  first: string | null;
  patronymic: string | null;
  /** True when first name / patronymic are initials ("И.", "И."). */
  initials: boolean;
  gender: Gender | null;
  birthYear: number | null;
}

export type BuildingType = 'корп.' | 'стр.';

export interface Address {
  /** Six digits. */
  index: string | null;
  /** Null means Russia implied; set when the text named it. */
  country: string | null;
  region: string | null;
  district: string | null;
  locality: string | null;
  /** "г.", "пос.", "п.", "с.", "д.", "пгт", "рп", "ст-ца", "х.", "аул", "мкр."... */
  localityType: string | null;
  street: string | null;
  /** "ул.", "ш.", "пр-т", "пер.", "мкр.", "тракт", "промзона"... */
  streetType: string | null;
  house: string | null;
  /** Null for an ordinary house ("д."); "вл.", "двлд.", "зд.", "соор." when the address says so. */
  houseType: string | null;
  building: string | null;
  buildingType: BuildingType | null;
  flat: string | null;
  institution: string | null;
  institutionFull: string | null;
  recipient: Recipient | null;
  /** Pieces of the text the parser could not place; never dropped. */
  unplaced: string[];
}

export type AddressWarningCode =
  | 'no-index'
  | 'no-recipient'
  | 'no-institution'
  | 'no-region'
  | 'no-locality'
  | 'postcode-unknown'
  | 'postcode-region-mismatch'
  | 'unplaced-part'
  | 'latin-lookalikes-fixed'
  | 'recipient-initials'
  | 'recipient-case-guessed'
  | 'several-indexes';

export interface AddressWarning {
  code: AddressWarningCode;
  params?: Record<string, string | number>;
}

export interface ParsedAddress {
  address: Address;
  warnings: AddressWarning[];
}

/** Envelope "Кому" / "Куда" blocks, official order (DOMAIN.md §3). */
export interface EnvelopeAddress {
  to: string[];
  where: string[];
  index: string | null;
}

/** The letter writer's own address, in Russia or abroad (Latin script allowed). */
export interface Sender {
  surname: string;
  first: string | null;
  patronymic: string | null;
  gender?: Gender | null;
  /** Free address lines as the writer wants them printed (street, city...). */
  lines: string[];
  index: string | null;
  /** Null or "Россия" for Russia; anything else is a foreign country. */
  country: string | null;
}

export interface SenderBlock {
  from: string[];
  where: string[];
  index: string | null;
}

export function emptyAddress(): Address {
  return {
    index: null,
    country: null,
    region: null,
    district: null,
    locality: null,
    localityType: null,
    street: null,
    streetType: null,
    house: null,
    houseType: null,
    building: null,
    buildingType: null,
    flat: null,
    institution: null,
    institutionFull: null,
    recipient: null,
    unplaced: [],
  };
}
