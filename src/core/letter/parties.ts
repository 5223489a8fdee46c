import { formatEnvelope, formatSender } from '../address/index.ts';
import type { Address } from '../address/index.ts';
import { countryLine } from '../countries/index.ts';
import type { EnvelopeParty } from '../parties/index.ts';

const NBSP = '\u00a0';

/** The two ways one person appears on envelopes: as the recipient (dative) and as the sender (genitive). */
export function envelopeForms(address: Address, opts: { international?: boolean } = {}): { recipient: EnvelopeParty; sender: EnvelopeParty } {
  // Posted from abroad, both forms end with «RUSSIA / РОССИЯ» on a line of its own.
  const recipient = { ...formatEnvelope(address, opts), ...(opts.international ? { endsWithCountry: true } : {}) };
  const r = address.recipient;
  const block = formatSender({
    surname: r?.surname ?? '',
    first: r?.first ?? null,
    patronymic: r?.patronymic ?? null,
    gender: r?.gender ?? null,
    lines: recipient.where,
    index: address.index,
    country: address.country,
  });
  // A prisoner writing back gives the birth year too: institutions sort mail by it.
  const from = r?.birthYear ? [...block.from, `${r.birthYear}${NBSP}г.${NBSP}р.`] : block.from;
  return { recipient, sender: { to: from, where: block.where, index: block.index, ...(opts.international ? { endsWithCountry: true } : {}) } };
}

/**
 * A return address the parser cannot read as a Russian one (a writer abroad,
 * in Latin script, DOMAIN.md §6): the name first, then the lines as written.
 * The same lines serve for "Кому" on the reply envelope and "От кого" on the letter.
 */
export function freeFormForms(text: string): { name: string; recipient: EnvelopeParty; sender: EnvelopeParty } | null {
  const parts = text
    .split(/[,\n;]/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const [name, ...rest] = parts;
  if (!name || rest.length === 0 || /\d/.test(name)) return null;
  const index = rest.find((p) => /^\d{6}$/.test(p)) ?? null;
  const where = rest.filter((p) => p !== index);
  const international = !/[А-Яа-яЁё]/.test(text);
  // International mail ends with the country in capitals (UPU convention); mail leaving Russia
  // names it in Russian too (Russian Post rules): «GERMANY / ГЕРМАНИЯ».
  const last = where[where.length - 1];
  const country = last && where.length > 1 ? countryLine(last) : null;
  if (country) where[where.length - 1] = country;
  else if (international && last && where.length > 1 && !/\d/.test(last)) where[where.length - 1] = last.toUpperCase();
  const party = { to: [name], where, index, international: international || !!country, ...(country ? { endsWithCountry: true } : {}) };
  return { name, recipient: party, sender: party };
}
