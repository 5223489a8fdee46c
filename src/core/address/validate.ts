import { allRegions, findRegion, regionByPostcode, type Region } from './regions.ts';
import { fold } from './normalize.ts';
import type { Address, AddressWarning } from './types.ts';

/** Every region named in a text ("...по г. Санкт-Петербургу и Ленинградской области" names two). */
function regionsNamed(text: string): Region[] {
  const found: Region[] = [];
  let rest = fold(text);
  for (let m = findRegion(rest); m; m = findRegion(rest)) {
    found.push(m.region);
    rest = `${rest.slice(0, m.start)} ${' '.repeat(m.end - m.start)}${rest.slice(m.end)}`;
    if (found.length > allRegions().length) break;
  }
  return found;
}

/**
 * Things worth telling the user, never errors: a postcode whose first three digits
 * belong to another region (DOMAIN.md §3), missing parts, text the parser could not place.
 */
export function checkAddress(a: Address): AddressWarning[] {
  const warnings: AddressWarning[] = [];
  if (!a.index) warnings.push({ code: 'no-index' });
  if (!a.recipient?.surname) warnings.push({ code: 'no-recipient' });
  if (!a.institution && !a.institutionFull) warnings.push({ code: 'no-institution' });
  if (!a.locality) warnings.push({ code: 'no-locality' });
  if (!a.region) warnings.push({ code: 'no-region' });
  if (a.recipient?.initials) warnings.push({ code: 'recipient-initials' });
  if (a.index) {
    const byCode = regionByPostcode(a.index);
    const named = a.region ? regionsNamed(a.region) : a.institutionFull ? regionsNamed(a.institutionFull) : [];
    if (!byCode) warnings.push({ code: 'postcode-unknown', params: { index: a.index } });
    else if (named.length > 0 && !named.some((r) => r.name === byCode.name)) {
      warnings.push({ code: 'postcode-region-mismatch', params: { index: a.index, expected: byCode.name, region: named[0]?.name ?? '' } });
    }
  }
  for (const part of a.unplaced) warnings.push({ code: 'unplaced-part', params: { part } });
  return warnings;
}
