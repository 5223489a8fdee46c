import { formatFullName } from '../../core/names/index.ts';
import { prisonerKey } from '../../state/letters-store.ts';
import type { RecipientChoice } from '../../state/model.ts';
import { resolveRecipient } from '../prisoner/recipient.ts';

/** Who a draft goes to, as a name to show and the key their history is filed under; null before a choice. */
export function draftPrisoner(choice: RecipientChoice | null): { key: string; name: string } | null {
  const resolved = resolveRecipient(choice);
  const r = resolved?.address.recipient;
  if (!choice || !r?.surname) return null;
  const name = formatFullName({ surname: r.surname, first: r.first, patronymic: r.patronymic });
  const key = choice.kind === 'directory' ? prisonerKey({ id: choice.prisonerId }) : prisonerKey({ ...r, birthYear: r.birthYear ?? null });
  return { key, name };
}
