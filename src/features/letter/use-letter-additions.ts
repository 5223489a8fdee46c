import { useMemo } from 'react';
import { includeReturnAddress, letterHeader, recipientLine, returnAddressLine, signatureToAdd } from '../../core/letter/index.ts';
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
  const returnSetting = useDraftStore((s) => s.options.returnAddress);
  const day = date.toDateString();
  return useMemo(() => {
    const line = parties.address ? recipientLine(parties.address, parties.correctedDative) : '';
    // From abroad the address is in Latin letters and the reply takes another route: the
    // line is for writers inside Russia (advice's default), who can switch it off.
    const withReturn = includeReturnAddress(sender.abroad ? null : returnSetting, sender.abroad);
    return {
      header: line ? letterHeader({ recipientLine: line, date: new Date(day) }) : [],
      signature: signatureToAdd(body, parties.writer?.signature ?? null),
      returnAddress: withReturn && parties.writer ? returnAddressLine({ name: parties.writer.fullName, address: sender.address }) : null,
      returnSetting: sender.abroad ? null : returnSetting,
      recipientLine: line || undefined,
    };
  }, [parties, body, sender, returnSetting, day]);
}
