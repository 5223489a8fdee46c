import { declineName, formatFullName } from '../names/index.ts';
import { regionByName } from './regions.ts';
import { birthYearText, plainSpaces, withNbsp } from './typography.ts';
import type { Address, EnvelopeAddress } from './types.ts';

export interface EnvelopeOptions {
  /** Adds "RUSSIA / РОССИЯ" as the last line, for letters posted abroad (DOMAIN.md §3). */
  international?: boolean;
}

/** Recipient in the dative, as the "Кому" line needs it (DOMAIN.md §4). */
export function recipientDative(address: Address): string | null {
  const r = address.recipient;
  if (!r?.surname) return null;
  const dative = declineName({ surname: r.surname, first: r.first, patronymic: r.patronymic }, 'dative', r.gender);
  return formatFullName(dative);
}

function streetLine(a: Address): string | null {
  const parts = [
    a.street,
    a.house ? `${a.houseType ?? 'д.'} ${a.house}` : null,
    a.building ? `${a.buildingType ?? 'корп.'} ${a.building}` : null,
    a.flat ? `кв. ${a.flat}` : null,
  ].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : null;
}

function localityLine(a: Address): string | null {
  if (!a.locality) return null;
  return a.localityType ? `${a.localityType} ${a.locality}` : a.locality;
}

/** Federal cities carry no separate region line: "г. Москва" is both. */
function regionLine(a: Address): string | null {
  if (!a.region) return null;
  const region = regionByName(a.region);
  if (region?.kind === 'city' && a.locality && region.name.endsWith(a.locality)) return null;
  return a.region;
}

/** Envelope lines in Russian Post order: institution, street and house, locality, district, region. */
export function formatEnvelope(address: Address, opts: EnvelopeOptions = {}): EnvelopeAddress {
  const to: string[] = [];
  const name = recipientDative(address);
  if (name) to.push(name);
  const year = address.recipient?.birthYear;
  if (year) to.push(birthYearText(year));
  const where = [
    address.institutionFull ?? address.institution,
    streetLine(address),
    // What the parser could not place (a second settlement, "6 км") still belongs on the
    // envelope: printed before the locality, where Russian Post puts smaller places.
    ...address.unplaced,
    localityLine(address),
    address.district,
    regionLine(address),
  ]
    .filter((l): l is string => !!l)
    .map(withNbsp);
  if (opts.international) where.push('RUSSIA / РОССИЯ');
  return { to, where, index: address.index };
}

/** One block of text: "Кому: …", "Куда: …" and the postcode, one part a line. */
export function formatAddressLines(address: Address, opts: EnvelopeOptions = {}): string {
  const env = formatEnvelope(address, opts);
  const lines: string[] = [];
  if (env.to.length) lines.push(`Кому: ${env.to.join(', ')}`);
  env.where.forEach((line, i) => lines.push(i === 0 ? `Куда: ${line}` : line));
  if (env.index) lines.push(env.index);
  return lines.join('\n');
}

/**
 * The one-line form projects publish: index first, name last
 * ("445023, Самарская обл., г. Тольятти, …, Балину Андрею Альбертовичу, 1974 г. р.").
 */
export function formatOneLine(address: Address): string {
  const a = address;
  const region = regionLine(a) ?? (a.region && !a.locality ? a.region : null);
  const year = a.recipient?.birthYear;
  const parts = [
    a.index,
    region,
    a.district,
    localityLine(a),
    ...a.unplaced,
    streetLine(a),
    a.institutionFull ?? a.institution,
    recipientDative(a),
    year ? birthYearText(year, false) : null,
  ];
  return plainSpaces(parts.filter((p): p is string => !!p).join(', '));
}
