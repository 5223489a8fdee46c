// «Мой адрес для ответа: …»: the writer's return address repeated at the end of
// the letter, because envelopes are not always handed over and papers get lost
// on transfer (review §A 9, missing point 2). A visible option: on by default
// for a writer inside Russia, off abroad, where the address is in Latin letters
// and the reply needs another route anyway.

import { countryLine } from '../countries/index.ts';
import { addressParts, foreignCountryPart } from './parties.ts';

export const RETURN_ADDRESS_LABEL = 'Мой адрес для ответа:';

/**
 * The writer's setting, when they made one, else the default for their
 * situation (true / false / absent = default).
 */
export function includeReturnAddress(setting: boolean | null | undefined, abroad: boolean): boolean {
  return setting ?? !abroad;
}

/**
 * The draft's two switches: one for a writer inside Russia (on unless turned
 * off) and one for a writer abroad (off unless turned on, e.g. by a writer in
 * Kazakhstan whose address is in Cyrillic). Kept apart so that ticking
 * «из-за границы» never silently prints a home address that was on only by
 * default.
 */
export interface ReturnAddressSwitches {
  returnAddress?: boolean | null;
  returnAddressAbroad?: boolean | null;
}

/** Whether the letter ends with «Мой адрес для ответа: …» for this writer. */
export function returnAddressWanted(switches: ReturnAddressSwitches, abroad: boolean): boolean {
  return includeReturnAddress(abroad ? switches.returnAddressAbroad : switches.returnAddress, abroad);
}

/** The change to the draft when the writer ticks or unticks the switch they see. */
export function returnAddressSwitch(on: boolean, abroad: boolean): { returnAddress: boolean } | { returnAddressAbroad: boolean } {
  return abroad ? { returnAddressAbroad: on } : { returnAddress: on };
}

/**
 * The line as it prints, from the sender's name and address as typed (lines
 * joined with commas), or null when there is no address. A country abroad is
 * printed as on the envelope, last and in both scripts («…, 10115 Berlin,
 * GERMANY / ГЕРМАНИЯ»), so the one word a Russian reader must read is in
 * Russian too (fifth native review, item 4).
 */
export function returnAddressLine(sender: { name?: string | null; address: string }): string | null {
  const address = sender.address
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').replace(/[,;\s]+$/, '').trim())
    .filter(Boolean)
    .join(', ');
  if (!address) return null;
  const name = sender.name?.replace(/\s+/g, ' ').trim();
  return `${RETURN_ADDRESS_LABEL} ${name ? `${name}, ` : ''}${withCountryLast(address)}`;
}

function withCountryLast(address: string): string {
  const parts = addressParts(address);
  const at = foreignCountryPart(parts);
  const country = at >= 0 ? countryLine(parts[at] as string) : null;
  return country ? [...parts.filter((_, i) => i !== at), country].join(', ') : address;
}
