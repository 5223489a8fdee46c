import { parseAddress, type AddressWarning } from '../address/index.ts';
import type { PartyForms } from '../parties/index.ts';
import { envelopeForms, freeFormForms } from './parties.ts';

export interface Writer {
  /** The writer as the recipient of the reply envelope and as the sender of the letter. */
  forms: PartyForms;
  /** "Мария Петрова", for the signature. */
  signature: string;
  /** "Петрова Мария Ивановна", for forms such as F-pismo's. */
  fullName: string;
  warnings: AddressWarning[];
}

/**
 * The writer's own name and address, as typed: a Russian address the parser can
 * read (name first or last, with a postcode or a town), or, for writers abroad,
 * free lines in any script with the name first (DOMAIN.md §6). Null when no name
 * can be found, so the caller can ask for one.
 */
export function readWriter(text: string): Writer | null {
  if (!text.trim()) return null;
  const { address, warnings } = parseAddress(text);
  const r = address.recipient;
  if (r?.surname && (address.index || address.locality)) {
    return {
      forms: envelopeForms(address),
      signature: [r.first, r.surname].filter(Boolean).join(' '),
      fullName: [r.surname, r.first, r.patronymic].filter(Boolean).join(' '),
      // A writer's own address has no institution, and a city address often no region: no reason to warn.
      warnings: warnings.filter((w) => w.code !== 'no-institution' && w.code !== 'no-region'),
    };
  }
  const free = freeFormForms(text);
  if (!free) return null;
  return { forms: { recipient: free.recipient, sender: free.sender }, signature: free.name, fullName: free.name, warnings: [] };
}
