import { findInstitution } from '../address/institution.ts';
import { nameScore, readRecipient } from '../address/recipient.ts';
import { findBirthYear } from '../address/birth-year.ts';

/**
 * Reads a page's text as human-rights projects lay out their lists (Memorial, OVD-Info,
 * Crimean Solidarity, Solidarity Zone): blocks of a name heading, perhaps a few lines about
 * the person, then "Адрес для писем:" (or "Адрес:", "Кому: … Куда: …") and the address on one
 * or several lines; or plain paragraphs, one address each. Nothing is dropped silently: lines
 * that belong to no address come back as `skipped`, with their line numbers.
 */
export interface TextEntry {
  /** 1-based line where the entry starts (its heading, or its first address line). */
  line: number;
  /** The person's name as a heading gives it ("Балин Андрей Альбертович", "Андрей Балин"), if any. */
  heading: string | null;
  /** The address lines as written, joined by line breaks (labels removed). */
  address: string;
}

export interface TextList {
  entries: TextEntry[];
  skipped: { line: number; text: string }[];
}

const START_LABEL =
  /^(?:адрес(?:\s+для\s+(?:писем|переписки|корреспонденции|отправки\s+писем))?|почтовый\s+адрес|адрес\s+учреждения|(?:писать|пишите|письма\s+(?:направлять|отправлять|писать))(?:\s+(?:по\s+адресу|сюда))?|address(?:\s+for\s+(?:letters|mail))?|mailing\s+address|postal\s+address)\s*[:：-]\s*/i;
const TO_LABEL = /^(?:кому)\s*:\s*/i;
const WHERE_LABEL = /^(?:куда)\s*:\s*/i;
const BULLET = /^(?:[-–—•*·▪►✉📩📮🔹🔸]+|\d{1,4}[.)]|\(\d{1,4}\))\s+/u;
const POSTCODE = /(?<!\d)\d{6}(?!\d)/;
const MARKER = /(?:^|[\s,(])(?:г\.|ул\.|д\.|обл\.|обл(?:асть|асти)\b|р-н|район|пос\.|п\.|с\.|пгт|край|республик|ш\.|пр-т|пер\.|кв\.|корп\.|стр\.|мкр\.|фку|фсин)/i;

/** A line that says where: a postcode, an institution, or the usual abbreviations. */
export function hasAddressSignal(line: string): boolean {
  // "(1975 г.р.)" is a birth year, not "г." for a town.
  const birth = findBirthYear(line);
  const text = birth ? `${line.slice(0, birth.start)} ${line.slice(birth.end)}` : line;
  return POSTCODE.test(text) || MARKER.test(text) || findInstitution(text, text.toLowerCase().replace(/ё/g, 'е')) !== null;
}

/**
 * A heading naming a person: two to four capitalised words, perhaps with a birth year or dates
 * after them ("Балин Андрей Альбертович (1974)", "Андрей Балин, 49 лет").
 */
export function headingName(line: string): string | null {
  const birth = findBirthYear(line);
  const withoutYear = birth ? `${line.slice(0, birth.start)} ${line.slice(birth.end)}` : line;
  const name = withoutYear
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[,;—–-]\s*\d{1,3}\s+(?:год|года|лет)\b.*$/i, '')
    .replace(/[.,;:—–-]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!name || /\d/.test(name) || nameScore(name) === 0) return null;
  const words = name.split(' ');
  // "Андрей Альбертович Балин": the patronymic in the middle puts the surname last.
  const ordered = words.length === 3 && /(?:вич|вна|ична|оглы|кызы)$/i.test(words[1] ?? '') ? [words[2], words[0], words[1]].join(' ') : name;
  return birth ? `${ordered}, ${birth.year} г. р.` : ordered;
}

type Label = 'start' | 'to' | 'where';

interface Block {
  line: number;
  heading: string | null;
  lines: string[];
  hasIndex: boolean;
  hasInstitution: boolean;
  hasName: boolean;
  labels: Set<Label>;
}

function clean(raw: string): string {
  return raw.replace(/[\u00a0\u2007\u202f\t]/g, ' ').replace(BULLET, '').replace(/\s+/g, ' ').trim();
}

/** Splits page text into address entries; see the comment at the top of this file. */
export function splitTextList(text: string): TextList {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const entries: TextEntry[] = [];
  const skipped: { line: number; text: string }[] = [];
  let block: Block | null = null;
  let pending: { text: string; line: number; age: number } | null = null;

  const close = () => {
    if (block && block.lines.length > 0) entries.push({ line: block.line, heading: block.heading, address: block.lines.join('\n') });
    else if (block?.heading) skipped.push({ line: block.line, text: block.heading });
    block = null;
  };
  const open = (lineNo: number, label: Label | null) => {
    close();
    const heading = pending && pending.age <= 4 ? pending : null;
    block = { line: heading?.line ?? lineNo, heading: heading?.text ?? null, lines: [], hasIndex: false, hasInstitution: false, hasName: false, labels: new Set(label ? [label] : []) };
    pending = null;
    return block;
  };
  const add = (b: Block, content: string) => {
    if (!content) return;
    b.lines.push(content);
    b.hasIndex ||= POSTCODE.test(content);
    b.hasInstitution ||= findInstitution(content, content.toLowerCase().replace(/ё/g, 'е')) !== null;
    b.hasName ||= nameScore(content.replace(/,?\s*(?:\d{4}\s*г\.?\s*р\.?|\(\d{4}[^)]*\))\s*$/i, '').replace(/[.,]$/, '')) > 0;
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const line = clean(raw);
    if (pending) pending.age++;
    if (!line) {
      // A blank line ends an address; a heading waits across it for its "Адрес:" line.
      close();
      return;
    }
    const start = START_LABEL.exec(line);
    const to = TO_LABEL.exec(line);
    const where = WHERE_LABEL.exec(line);
    if (start) return add(open(lineNo, 'start'), line.slice(start[0].length));
    if (to || where) {
      const kind = to ? 'to' : 'where';
      const current = block as Block | null;
      // "Кому: … Куда: …" is one address; a second "Кому:" starts the next one.
      const b = current && !current.labels.has(kind) && (current.labels.size > 0 || current.lines.length > 0) ? current : open(lineNo, kind);
      b.labels.add(kind);
      return add(b, line.slice((to ?? where)?.[0].length ?? 0));
    }
    const name = headingName(line);
    const signal = hasAddressSignal(line);
    const current = block as Block | null;
    if (current) {
      const newIndex = POSTCODE.test(line) && current.hasIndex;
      const newInstitution = current.hasInstitution && findInstitution(line, line.toLowerCase().replace(/ё/g, 'е')) !== null;
      // The recipient in the dative closes an address; a name in the nominative after a name is the next person's heading.
      const dative = name !== null && readRecipient(name.replace(/,\s*\d{4} г\. р\.$/, ''), null).dative;
      if (name && !signal && (current.hasName || (current.heading && !dative))) {
        // A second name in one block is the next person's heading.
        close();
        pending = { text: name, line: lineNo, age: 0 };
        return;
      }
      if (newIndex || newInstitution) {
        // One address per line, or the next address right after this one.
        return add(open(lineNo, null), line);
      }
      if (signal || name || /,\s*$/.test(current.lines[current.lines.length - 1] ?? '')) return add(current, line);
      close();
    }
    if (name && !signal) {
      if (pending) skipped.push({ line: pending.line, text: pending.text });
      pending = { text: name, line: lineNo, age: 0 };
      return;
    }
    if (signal) return add(open(lineNo, null), line);
    // A line of birth date under a heading ("Дата рождения: 12.03.1985") belongs to that person.
    const birth = findBirthYear(line);
    if (pending && birth && !pending.text.includes('г. р.')) {
      pending.text = `${pending.text}, ${birth.year} г. р.`;
      return;
    }
    skipped.push({ line: lineNo, text: line });
  });
  close();
  if (pending) skipped.push({ line: (pending as { line: number }).line, text: (pending as { text: string }).text });
  return { entries, skipped };
}
