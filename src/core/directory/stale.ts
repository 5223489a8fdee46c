import type { Address } from '../address/types.ts';
import { loadDirectory } from './directory.ts';
import type { PrisonerRecord } from './types.ts';

/**
 * The bundled directory entry this address is, when that entry's own source calls its address
 * out of date: an F-pismo to it is a paid letter (and reply form) to an institution the person
 * has likely left (fifth native review, item 2). Same person, same postcode or institution.
 */
export function staleEntry(address: Address, directory: readonly PrisonerRecord[] = loadDirectory()): PrisonerRecord | undefined {
  const r = address.recipient;
  return directory.find(
    (p) =>
      p.addressMayBeStale &&
      p.surname === r?.surname &&
      (!r.first || (p.first ?? '').startsWith(r.first.replace(/\.$/, ''))) &&
      (p.address.index === address.index || (Boolean(address.institutionFull) && p.institutionFull === address.institutionFull)),
  );
}
