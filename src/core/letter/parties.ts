import { formatEnvelope, formatSender } from '../address/index.ts';
import type { Address } from '../address/index.ts';
import { countryLine, findCountry } from '../countries/index.ts';
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

const hasCyrillic = (s: string) => /[А-Яа-яЁё]/.test(s);

/** The index of the part that names a country other than Russia (the last one, as a country ends an address), or -1. */
export function foreignCountryPart(parts: readonly string[]): number {
  for (let i = parts.length - 1; i >= 0; i--) {
    const country = findCountry(parts[i] as string);
    if (country) return country.code === 'RU' ? -1 : i;
  }
  return -1;
}

/** The parts of a typed address: split at commas, semicolons and line ends, spaces tidied. */
export function addressParts(text: string): string[] {
  return text
    .split(/[,\n;]/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

// A house, building or flat written as a part of its own («д. 1», «кв. 5», «5»), and a postcode
// alone on a part: each belongs on the line before it, as in «пр. Абая, д. 1, кв. 5».
const JOINS_PREVIOUS = /^(?:(?:д|дом|корп|к|стр|кв|оф|apt|flat|no)\.?\s*\d[\w/-]*|\d{1,4}[a-zа-я]?(?:\/\d+)?|\d{3,10})$/iu;

/** Address parts as envelope lines: house, flat and postcode run on after the part before them. */
function addressLines(parts: readonly string[]): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.length - 1;
    if (last >= 0 && JOINS_PREVIOUS.test(part)) lines[last] = `${lines[last]}, ${part}`;
    else lines.push(part);
  }
  return lines;
}

/**
 * A return address the parser cannot read as a Russian one, or an address
 * abroad in any script (DOMAIN.md §6): the name first, then the lines as
 * written. The same lines serve for "Кому" on the reply envelope and "От кого"
 * on the letter.
 *
 * An address abroad keeps its postcode where the writer typed it: it is not a
 * Russian one, so it never goes into the postcode boxes or the machine-read
 * stencil. Its country, wherever it was typed, becomes the last line in the
 * writer's script and in Russian («KAZAKHSTAN / КАЗАХСТАН»), as international
 * mail leaving Russia needs. `international` says the address is abroad (the
 * writer said so); left out, an address in Latin script or naming a foreign
 * country is taken as abroad.
 */
export function freeFormForms(
  text: string,
  opts: { international?: boolean } = {},
): { name: string; recipient: EnvelopeParty; sender: EnvelopeParty; country: string | null } | null {
  const [name, ...rest] = addressParts(text);
  if (!name || rest.length === 0 || /\d/.test(name)) return null;
  const international = opts.international ?? (!hasCyrillic(text) || foreignCountryPart(rest) >= 0);
  if (international) {
    const at = foreignCountryPart(rest);
    const where = addressLines(rest.filter((_, i) => i !== at));
    const country = at >= 0 ? countryLine(rest[at] as string) : null;
    const last = where[where.length - 1];
    // An unknown country typed in Latin letters last (UPU convention: capitals) stays as written.
    if (!country && last && where.length > 1 && !hasCyrillic(last) && !/\d/.test(last)) where[where.length - 1] = last.toUpperCase();
    const party = { to: [name], where: country ? [...where, country] : where, index: null, international: true, ...(country ? { endsWithCountry: true } : {}) };
    return { name, recipient: party, sender: party, country };
  }
  const index = rest.find((p) => /^\d{6}$/.test(p)) ?? null;
  const party = { to: [name], where: rest.filter((p) => p !== index), index };
  return { name, recipient: party, sender: party, country: null };
}
