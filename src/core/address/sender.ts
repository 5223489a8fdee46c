import { declineName, detectGender, formatFullName } from '../names/index.ts';
import type { Sender, SenderBlock } from './types.ts';
import { withNbsp } from './typography.ts';

const CYRILLIC = /[А-Яа-яЁё]/;

function isRussia(country: string | null): boolean {
  return !country || /^(?:россия|рф|российская федерация|russia)$/i.test(country.trim());
}

/**
 * "От кого" / "Откуда" for the writer's own address. A Cyrillic name goes into the
 * genitive (от кого? — Иванова Ивана); a name in Latin script stays as written, as
 * international mail allows a return address in Latin letters (DOMAIN.md §6).
 */
export function formatSender(sender: Sender): SenderBlock {
  const name = { surname: sender.surname.trim(), first: sender.first?.trim() || null, patronymic: sender.patronymic?.trim() || null };
  const from: string[] = [];
  if (name.surname) {
    const cyrillic = CYRILLIC.test(`${name.surname}${name.first ?? ''}`);
    const gender = sender.gender ?? (cyrillic ? detectGender(name) : null);
    from.push(cyrillic ? formatFullName(declineName(name, 'genitive', gender)) : formatFullName(name));
  }
  const lines = sender.lines.map((l) => l.trim()).filter(Boolean);
  const where = lines.map((l) => (CYRILLIC.test(l) ? withNbsp(l) : l));
  if (!isRussia(sender.country) && sender.country) where.push(sender.country.trim().toUpperCase());
  return { from, where, index: sender.index?.trim() || null };
}
