import { useMemo } from 'react';
import { recipientDative } from '../../core/address/index.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { useRecipient } from '../prisoner/use-recipient.ts';
import { nameKey, prisonerForms, readSender } from './parties.ts';

/** Everything the envelopes and the letter need about both people, derived from the draft. */
export function useParties() {
  const resolved = useRecipient();
  const sender = useDraftStore((s) => s.sender);
  const corrections = useDraftStore((s) => s.nameCorrections);
  return useMemo(() => {
    const address = resolved?.usable ? resolved.address : null;
    const key = address ? nameKey(address) : null;
    const correctedDative = key ? corrections[key] : undefined;
    return {
      resolved,
      address,
      nameKey: key,
      dative: address ? recipientDative(address) : null,
      correctedDative,
      prisoner: address ? prisonerForms(address, { international: sender.abroad, correctedDative }) : null,
      writer: readSender(sender),
    };
  }, [resolved, sender, corrections]);
}
