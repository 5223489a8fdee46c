import type { Address } from '../../core/address/index.ts';
import { declineName, detectGender, formatFullName } from '../../core/names/index.ts';
import { emptyDraft, type ManualRecipient } from '../../state/draft-store.ts';

export const emptyManual: ManualRecipient = emptyDraft.manualFields;

const withPrefix = (value: string, prefix: string, already: RegExp) => {
  const v = value.trim();
  if (!v) return '';
  return already.test(v) ? v : `${prefix}${v}`;
};

/**
 * The typed fields as the one line human-rights projects publish (index first,
 * the name in the dative last), so that one parser reads every way of giving an
 * address and the envelope is formatted the same whichever the writer used.
 */
export function manualToOneLine(m: ManualRecipient): string {
  const name = { surname: m.surname.trim(), first: m.first.trim() || null, patronymic: m.patronymic.trim() || null };
  const dative = name.surname ? formatFullName(declineName(name, 'dative', detectGender(name))) : '';
  const year = m.birthYear.trim() ? `${m.birthYear.trim()} г. р.` : '';
  return [
    m.index.trim(),
    m.region.trim(),
    m.district.trim(),
    withPrefix(m.locality, 'г. ', /^(г|пос|п|с|д|пгт|рп|ст-ца|х)\.?\s/i),
    m.street.trim(),
    withPrefix(m.house, 'д. ', /^(д|дом)\.?\s/i),
    m.institution.trim(),
    dative,
    year,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The fields of an address the parser read, to start the field-by-field form from them. */
export function manualFromAddress(address: Address): ManualRecipient {
  const r = address.recipient;
  return {
    ...emptyManual,
    surname: r?.surname ?? '',
    first: r?.first ?? '',
    patronymic: r?.patronymic ?? '',
    birthYear: r?.birthYear ? String(r.birthYear) : '',
    institution: address.institutionFull ?? address.institution ?? '',
    street: address.street ?? '',
    house: address.house ?? '',
    locality: address.locality ? [address.localityType, address.locality].filter(Boolean).join(' ') : '',
    district: address.district ?? '',
    region: address.region ?? '',
    index: address.index ?? '',
  };
}
