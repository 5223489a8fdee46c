import { parseAddress, type Address, type AddressWarning } from '../../core/address/index.ts';
import { loadDirectory, type PrisonerRecord } from '../../core/directory/index.ts';
import type { RecipientChoice } from '../../state/draft-store.ts';
import { manualToOneLine } from './manual.ts';

export interface ResolvedRecipient {
  address: Address;
  warnings: AddressWarning[];
  /** The directory entry, when the writer picked one. */
  record: PrisonerRecord | null;
  /** An envelope needs at least a name and a postcode; without them the address is not usable. */
  usable: boolean;
}

let directoryCache: PrisonerRecord[] | null = null;
export function directory(): PrisonerRecord[] {
  return (directoryCache ??= loadDirectory());
}

// Several components of one screen ask for the same choice (the store keeps the object until it
// changes): remember the last answer instead of parsing the address once per component.
let last: { choice: RecipientChoice; resolved: ResolvedRecipient | null } | null = null;

/** The address the letter goes to, whichever way the writer gave it; the same parser reads both. */
export function resolveRecipient(choice: RecipientChoice | null): ResolvedRecipient | null {
  if (!choice) return null;
  if (last?.choice === choice) return last.resolved;
  const resolved = resolveUncached(choice);
  last = { choice, resolved };
  return resolved;
}

function resolveUncached(choice: RecipientChoice): ResolvedRecipient | null {
  const record = choice.kind === 'directory' ? (directory().find((p) => p.id === choice.prisonerId) ?? null) : null;
  const text = choice.kind === 'directory' ? record?.oneLineAddress : choice.kind === 'manual' ? manualToOneLine(choice.fields) : choice.addressText;
  if (!text?.trim()) return null;
  const { address, warnings } = parseAddress(text);
  if (record && address.recipient) {
    // The directory holds the checked nominative forms and gender: trust them over re-parsing.
    address.recipient = { ...address.recipient, surname: record.surname, first: record.first, patronymic: record.patronymic, gender: record.gender, birthYear: record.birthYear };
  }
  if (choice.kind === 'manual' && address.recipient) {
    // What the writer typed is the nominative itself: no need to recover it from the dative.
    const m = choice.fields;
    address.recipient = { ...address.recipient, surname: m.surname.trim() || null, first: m.first.trim() || null, patronymic: m.patronymic.trim() || null };
  }
  return { address, warnings, record, usable: Boolean(address.recipient?.surname && address.index) };
}
