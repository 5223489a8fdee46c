import { useMemo } from 'react';
import { letterHeader, recipientLine, returnAddressLine, returnAddressWanted, signatureToAdd } from '../../core/letter/index.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { useParties } from '../address/use-parties.ts';

/**
 * What Konvert adds to the writer's text, exactly as it prints: the header (recipient line
 * and date), a sign-off when the letter has none, and the return-address line when asked
 * for. The editor shows all of it, so nothing is added unseen.
 */
export function useLetterAdditions(date: Date = new Date()) {
  const parties = useParties();
  const body = useDraftStore((s) => s.body);
  const sender = useDraftStore((s) => s.sender);
  const options = useDraftStore((s) => s.options);
  const day = date.toDateString();
  return useMemo(() => {
    const line = parties.address ? recipientLine(parties.address, parties.correctedDative) : '';
    // On by default inside Russia; from abroad off until the writer turns it on (advice's
    // core/letter keeps the two switches apart).
    const withReturn = returnAddressWanted(options, sender.abroad);
    return {
      header: line ? letterHeader({ recipientLine: line, date: new Date(day) }) : [],
      signature: signatureToAdd(body, parties.writer?.signature ?? null),
      returnAddress: withReturn && parties.writer ? returnAddressLine({ name: parties.writer.fullName, address: sender.address }) : null,
      returnSetting: withReturn,
      abroad: sender.abroad,
      recipientLine: line || undefined,
    };
  }, [parties, body, sender, options, day]);
}
