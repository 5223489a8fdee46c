import type { PrisonerRecord } from '../core/directory/index.ts';

/** What the CLI says about such an entry; the command adds what not to do yet. */
export function staleWarning(entry: PrisonerRecord): string {
  return (
    `this is the directory's address for ${entry.surname} ${entry.first ?? ''}, taken from a source dated ${entry.checkedAt}; it is almost certainly out of date. ` +
    "Find the current address in Memorial's or OVD-Info's lists"
  );
}
