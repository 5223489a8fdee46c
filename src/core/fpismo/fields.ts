import { regionByPostcode, type Address } from '../address/index.ts';
import { visibleField } from '../text/invisible.ts';

/** The F-pismo form's fields in its order: region → institution → recipient → sender → text → reply (DOMAIN.md §5). */
export type FpismoFieldKey =
  | 'region'
  | 'institution'
  | 'recipient-surname'
  | 'recipient-first'
  | 'recipient-patronymic'
  | 'recipient-birth-year'
  | 'sender-name'
  | 'sender-phone'
  | 'sender-email'
  | 'text'
  | 'reply';

export interface FpismoField {
  key: FpismoFieldKey;
  /** Locale key for the label: `field-<key>` in locales/<lang>/export.json. */
  labelKey: `field-${FpismoFieldKey}`;
  /** What to type or choose; null when the writer must fill it in. */
  value: string | null;
}

export interface FpismoSender {
  name?: string | null;
  phone?: string | null;
  email?: string | null;
}

/**
 * The region as the form's list names it ("Самарская область", "Москва"): the
 * address's own region, else the one its postcode belongs to.
 */
export function fpismoRegion(address: Address): string | null {
  const region = address.region ?? (address.index ? (regionByPostcode(address.index)?.name ?? null) : null);
  if (!region) return null;
  return region.replace(/\s+обл\.$/, ' область').replace(/^г\.\s+/, '').replace(/\s+АО$/, ' автономный округ');
}

/** The recipient in the nominative, as the form asks for it; the text goes in last. */
export function fpismoFields(address: Address, text: string, sender: FpismoSender = {}, reply = false): FpismoField[] {
  const r = address.recipient;
  const values: Array<[FpismoFieldKey, string | null]> = [
    ['region', fpismoRegion(address)],
    ['institution', address.institutionFull ?? address.institution],
    ['recipient-surname', r?.surname ?? null],
    ['recipient-first', r?.first && !r.initials ? r.first : null],
    ['recipient-patronymic', r?.patronymic && !r.initials ? r.patronymic : null],
    ['recipient-birth-year', r?.birthYear ? String(r.birthYear) : null],
    ['sender-name', sender.name?.trim() || null],
    ['sender-phone', sender.phone?.trim() || null],
    ['sender-email', sender.email?.trim() || null],
    ['text', text],
    ['reply', reply ? 'да' : 'нет'],
  ];
  // One clean line per field: no control code or invisible character is copied into the form (security-probe #16).
  return values.map(([key, value]) => ({ key, labelKey: `field-${key}`, value: value === null ? null : key === 'text' ? value : visibleField(value.replace(/\u00a0/g, ' ')) || null }));
}
