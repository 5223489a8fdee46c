import { recipientDative, type Address } from '../address/index.ts';
import { formatRussianDate } from './russian-date.ts';

const NBSP = '\u00a0';

/**
 * «Балину Андрею Альбертовичу, 1974 г. р.»: the top line of a letter to a
 * prisoner, the full name in the dative as on the envelope (review §C 28:
 * institutions sort mail by full name and birth year). `correctedDative` is
 * the writer's own spelling of the declined name, when they corrected it.
 */
export function recipientLine(address: Address, correctedDative?: string | null): string {
  const name = correctedDative?.replace(/\s+/g, ' ').trim() || recipientDative(address);
  if (!name) return '';
  const year = address.recipient?.birthYear;
  return year ? `${name}, ${year}${NBSP}г.${NBSP}р.` : name;
}

/**
 * «Балину А. А.» from the recipient line: the surname and initials that head
 * every continuation page, because censors take a letter's sheets apart.
 */
export function runningHead(line: string): string {
  const name = line.split(',')[0]?.trim() ?? '';
  const [surname, ...rest] = name.split(/[\s\u00a0]+/).filter(Boolean);
  if (!surname) return '';
  const initials = rest.map((w) => (w.endsWith('.') && [...w].length <= 3 ? w : `${[...w][0] ?? ''}.`));
  return [surname, ...initials].join(NBSP);
}

export interface HeaderInput {
  recipientLine: string;
  date: string | Date;
}

/**
 * The lines Konvert adds above the writer's text, as they print: the
 * recipient line, then the date. The editor's preview shows exactly these.
 */
export function letterHeader(input: HeaderInput): string[] {
  return [input.recipientLine.trim(), formatRussianDate(input.date)].filter((l) => l.length > 0);
}

/** «Балину А. А. — стр. 2 из 3»: the line at the top of page `page` (from 1) of `total`. */
export function continuationLine(head: string, page: number, total: number): string {
  const label = `стр. ${page} из ${total}`;
  return head ? `${head} — ${label}` : label;
}
