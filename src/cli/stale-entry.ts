import type { Address } from '../core/address/types.ts';
import { loadDirectory } from '../core/directory/directory.ts';
import type { PrisonerRecord } from '../core/directory/types.ts';

/**
 * The bundled directory entry this address is, when that entry's own source calls its address
 * out of date: an F-pismo to it is a paid letter (and reply form) to an institution the person
 * has likely left (fifth native review, item 2). Same person, same postcode or institution.
 */
export function staleEntry(address: Address): PrisonerRecord | undefined {
  const r = address.recipient;
  return loadDirectory().find(
    (p) =>
      p.addressMayBeStale &&
      p.surname === r?.surname &&
      (!r.first || (p.first ?? '').startsWith(r.first.replace(/\.$/, ''))) &&
      (p.address.index === address.index || (Boolean(address.institutionFull) && p.institutionFull === address.institutionFull)),
  );
}

/** What the CLI says about such an entry; the command adds what not to do yet. */
export function staleWarning(entry: PrisonerRecord): string {
  return (
    `this is the directory's address for ${entry.surname} ${entry.first ?? ''}, taken from a source dated ${entry.checkedAt}; it is almost certainly out of date. ` +
    "Find the current address in Memorial's or OVD-Info's lists"
  );
}
