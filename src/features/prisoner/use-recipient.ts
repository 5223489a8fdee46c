import { useMemo } from 'react';
import { useDraftStore } from '../../state/draft-store.ts';
import { resolveRecipient, type ResolvedRecipient } from './recipient.ts';

export function useRecipient(): ResolvedRecipient | null {
  const choice = useDraftStore((s) => s.recipient);
  return useMemo(() => resolveRecipient(choice), [choice]);
}
