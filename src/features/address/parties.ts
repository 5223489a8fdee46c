import type { Address } from '../../core/address/index.ts';
import { envelopeForms, readWriter, type Writer } from '../../core/letter/index.ts';
import type { PartyForms } from '../../core/parties/index.ts';
import type { Sender } from '../../state/draft-store.ts';

/** The nominative full name, the key under which the writer's correction of the dative is remembered. */
export function nameKey(address: Address): string | null {
  const r = address.recipient;
  return r?.surname ? [r.surname, r.first, r.patronymic].filter(Boolean).join(' ') : null;
}

/** The prisoner as the envelopes show them, with the writer's own spelling of the dative if they corrected it. */
export function prisonerForms(address: Address, options: { international: boolean; correctedDative?: string }): PartyForms {
  const forms = envelopeForms(address, { international: options.international });
  const corrected = options.correctedDative?.trim();
  if (!corrected || forms.recipient.to.length === 0) return forms;
  return { ...forms, recipient: { ...forms.recipient, to: [corrected, ...forms.recipient.to.slice(1)] } };
}

/** The writer's name and address as one text, the shape the core reads. */
export function readSender(sender: Sender): Writer | null {
  const name = sender.name.trim();
  const address = sender.address.trim();
  if (!name || !address) return null;
  return readWriter(`${name}, ${address.replace(/\n+/g, ', ')}`, { abroad: sender.abroad });
}
