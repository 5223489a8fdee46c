import { findBirthYear } from './birth-year.ts';
import { findInstitution } from './institution.ts';
import { fixLookalikes, fold, normalizeText, spacedAsWritten } from './normalize.ts';
import { AREA_TYPES, isBuildingType, looksLikeHouseNumber, normalizeHouse, splitPlaces, type PlacePart } from './places.ts';
import { nameScore, readRecipient } from './recipient.ts';
import { findRegion, regionAsWritten, type Region } from './regions.ts';
import { splitSegments } from './segments.ts';
import { emptyAddress, type Address, type AddressWarning, type ParsedAddress } from './types.ts';
import { checkAddress } from './validate.ts';
import { visibleText } from '../text/invisible.ts';

const COUNTRY = /(?<![а-яa-z])(?:россия|российская\s+федерация|рф|russia|russian\s+federation)(?![а-яa-z])/;
const MAX_INPUT = 20_000;

interface Leftover {
  text: string;
  segment: number;
  withBirthYear: boolean;
  /** Position among everything read, in written order: what stands right before the house. */
  seq: number;
}

interface State {
  address: Address;
  region: Region | null;
  leftovers: Leftover[];
  birthYear: number | null;
  birthSegment: number;
  indexes: string[];
  warnings: AddressWarning[];
  /** Counter of parts and leftovers read so far, and where the house number was. */
  seq: number;
  houseSeq: number;
}

// A microdistrict, quarter or industrial zone names an area; a street inside it is named too ("мкр. Юность, ул. Лесная").
const isArea = (type: string | null) => !!type && AREA_TYPES.has(type.toLowerCase());

/** Removes [start, end) from `text`, returning the non-empty sides. */
function cut(text: string, start: number, end: number): string[] {
  return [text.slice(0, start), text.slice(end)].map((s) => s.trim()).filter((s) => /[\p{L}\d]/u.test(s));
}

function streetText(part: PlacePart): string {
  if (!part.value) return part.type;
  if (part.prefix) return `${part.prefix} ${part.type} ${part.value}`;
  return part.typeAfter ? [part.value, part.type, part.suffix].filter(Boolean).join(' ') : `${part.type} ${part.value}`;
}

function placeStreet(state: State, part: PlacePart, segment: number): void {
  const a = state.address;
  // "ул. Матросова 1": a number closing a street written before its name is the house.
  const tail = /\s(\d+[а-яА-Я]?(?:\/\d+[а-яА-Я]?)?)$/.exec(part.value);
  if (tail?.[1] && !part.typeAfter && !a.house && /\D/.test(part.value.slice(0, tail.index))) {
    a.house = normalizeHouse(tail[1]);
    state.houseSeq = state.seq;
    part = { ...part, value: part.value.slice(0, tail.index) };
  }
  const text = streetText(part);
  if (!a.street) {
    a.street = text;
    a.streetType = part.type;
  } else if (isArea(a.streetType) !== isArea(part.type) && !a.street.includes(',')) {
    // Both go on the street line, in the order written; the type of the street proper is kept.
    a.street = `${a.street}, ${text}`;
    if (isArea(a.streetType)) a.streetType = part.type;
  } else {
    state.leftovers.push({ text, segment, withBirthYear: false, seq: state.seq });
  }
}

function placePart(state: State, part: PlacePart, segment: number): void {
  const a = state.address;
  const spill = (): void => {
    state.leftovers.push({ text: `${part.type} ${part.value}`, segment, withBirthYear: false, seq: state.seq });
  };
  switch (part.kind) {
    case 'locality':
      if (a.locality) return spill();
      a.locality = part.value;
      a.localityType = part.type;
      return;
    case 'street':
      return placeStreet(state, part, segment);
    case 'district':
      if (a.district) return spill();
      // Name, then type, whatever the written order: "Теньгушевский р-н", "Одинцовский г.о.", "Андреапольский м.о.".
      a.district = `${part.value} ${part.type}`;
      return;
    case 'house':
      if (a.house) return spill();
      a.house = normalizeHouse(part.value);
      a.houseType = part.type === 'д.' ? null : part.type;
      state.houseSeq = state.seq;
      return;
    case 'building':
      if (a.building || !isBuildingType(part.type)) return spill();
      a.building = normalizeHouse(part.value);
      a.buildingType = part.type;
      return;
    case 'flat':
      if (a.flat) return spill();
      a.flat = normalizeHouse(part.value);
  }
}

function placePiece(state: State, piece: string, segment: number, withBirthYear: boolean): void {
  const folded = fold(piece);
  const country = COUNTRY.exec(folded);
  if (country) {
    state.address.country ??= 'Россия';
    for (const side of cut(piece, country.index, country.index + country[0].length)) placePiece(state, side, segment, withBirthYear);
    return;
  }
  const region = state.region ? null : findRegion(folded);
  if (region) {
    state.region = region.region;
    state.address.region = regionAsWritten(region.region, piece);
    for (const side of cut(piece, region.start, region.end)) placePiece(state, side, segment, withBirthYear);
    return;
  }
  for (const item of splitPlaces(piece)) {
    state.seq++;
    if (item.kind === 'part') {
      placePart(state, item.part, segment);
      continue;
    }
    // Dashes and colons left between parts ("… области — Назаровой К. П.") belong to neither.
    // So does a full stop left alone once the birth year or postcode before it was taken out.
    // A full stop after a whole word ends a sentence ("… Олеговичу. 1988 год рождения.").
    const trimmed = item.text.replace(/^[\s—–:.-]+|[\s—–:-]+$/g, '').replace(/\s+\.$/, '').replace(/(?<=[А-Яа-яЁё]{4})\.$/, '');
    if (trimmed) state.leftovers.push({ text: trimmed, segment, withBirthYear, seq: state.seq });
  }
}

function readSegment(state: State, raw: string, segment: number): void {
  let text = raw;
  for (let m = /(?<!\d)\d{6}(?!\d)/.exec(text); m; m = /(?<!\d)\d{6}(?!\d)/.exec(text)) {
    state.indexes.push(m[0]);
    text = `${text.slice(0, m.index)} ${text.slice(m.index + 6)}`.trim();
  }
  const birth = findBirthYear(text);
  if (birth) {
    if (state.birthYear === null) {
      state.birthYear = birth.year;
      state.birthSegment = segment;
    }
    text = `${text.slice(0, birth.start)} ${text.slice(birth.end)}`.trim();
  }
  const withBirthYear = birth !== null;
  const institution = state.address.institutionFull ? null : findInstitution(text, fold(text));
  if (institution) {
    state.seq++;
    state.address.institutionFull = institution.full;
    state.address.institution = institution.short || null;
    const after = text.slice(institution.end).trim();
    text = text.slice(0, institution.start).trim();
    if (/[\p{L}\d]/u.test(after)) placePiece(state, after, segment, withBirthYear);
  }
  if (/[\p{L}\d]/u.test(text)) placePiece(state, text, segment, withBirthYear);
}

function chooseRecipient(state: State): void {
  let best: Leftover | null = null;
  let bestScore = 0;
  for (const left of state.leftovers) {
    const bonus = left.withBirthYear || left.segment === state.birthSegment - 1 || left.segment === state.birthSegment + 1 ? 1 : 0;
    const score = nameScore(left.text) + (nameScore(left.text) > 0 ? bonus : 0);
    if (score > bestScore) {
      best = left;
      bestScore = score;
    }
  }
  if (!best) {
    if (state.birthYear !== null) {
      state.address.recipient = { surname: null, first: null, patronymic: null, initials: false, gender: null, birthYear: state.birthYear };
    }
    return;
  }
  state.leftovers = state.leftovers.filter((l) => l !== best);
  const read = readRecipient(best.text, state.birthYear);
  state.address.recipient = read.recipient;
  if (read.guessed && !read.recipient.initials) state.warnings.push({ code: 'recipient-case-guessed', params: { name: best.text } });
}

// A place written without its type word: capitalised words, perhaps after an ordinal or a number ("8 Марта").
const PLACE_NAME = '(?:\\d+(?:-?[а-яё]{1,2})?\\s+)?[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁа-яё][а-яё]+){0,3}';
const BARE_PLACE = new RegExp(`^${PLACE_NAME}$`);
const PLACE_AND_NUMBER = new RegExp(`^(${PLACE_NAME}),?\\s+(\\d+[а-яА-Я]?(?:\\/\\d+[а-яА-Я]?)?)$`);

/**
 * Leftovers that are still recognisable: a bare house number; a street written without its type
 * ("Матросская Тишина, д. 18", "Репина 4") when the locality is known apart from it; a locality
 * written without "г.".
 */
function placeLeftovers(state: State): void {
  const a = state.address;
  const lefts = state.leftovers.map((l) => ({ ...l, clean: l.text.replace(/^[«"(]+|[»")]+$/g, '').trim(), used: false }));
  for (const left of lefts) {
    if (a.house || !looksLikeHouseNumber(left.clean)) continue;
    a.house = normalizeHouse(left.clean);
    state.houseSeq = left.seq;
    left.used = true;
  }
  const placeLike = (text: string) => BARE_PLACE.test(text) && (nameScore(text) === 0 || !!a.recipient?.surname);
  const localityElsewhere = (self: (typeof lefts)[number]) =>
    !!a.locality || state.region?.kind === 'city' || lefts.some((o) => o !== self && !o.used && placeLike(o.clean));
  for (const left of lefts) {
    if (left.used || a.street) continue;
    const withNumber = a.house ? null : PLACE_AND_NUMBER.exec(left.clean);
    const beforeHouse = !!a.house && left.seq === state.houseSeq - 1 && placeLike(left.clean);
    if (!(beforeHouse || (withNumber?.[1] && withNumber[2] && placeLike(withNumber[1]))) || !localityElsewhere(left)) continue;
    a.street = withNumber?.[1] ?? left.clean;
    if (withNumber?.[2]) a.house = normalizeHouse(withNumber[2]);
    left.used = true;
  }
  for (const left of lefts) {
    if (left.used) continue;
    if (!a.locality && /^[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁа-яё][а-яё]+){0,2}$/.test(left.clean) && (nameScore(left.clean) === 0 || a.recipient?.surname)) a.locality = left.clean;
    else a.unplaced.push(left.text);
  }
}

function parseUnsafe(input: string): ParsedAddress {
  const lookalikes = fixLookalikes(input.slice(0, MAX_INPUT));
  const state: State = { address: emptyAddress(), region: null, leftovers: [], birthYear: null, birthSegment: -9, indexes: [], warnings: [], seq: 0, houseSeq: -9 };
  const warnings = state.warnings;
  if (lookalikes.fixed) warnings.push({ code: 'latin-lookalikes-fixed' });
  splitSegments(normalizeText(lookalikes.text)).forEach((segment, i) => readSegment(state, segment, i));
  const a = state.address;
  a.index = state.indexes[0] ?? null;
  if (state.indexes.length > 1) warnings.push({ code: 'several-indexes', params: { indexes: state.indexes.join(', ') } });
  if (a.institutionFull) a.institutionFull = spacedAsWritten(a.institutionFull, lookalikes.text);
  chooseRecipient(state);
  placeLeftovers(state);
  // Text past the length limit is not read, but it is kept, like every other unplaced part.
  if (input.length > MAX_INPUT) a.unplaced.push(input.slice(MAX_INPUT));
  if (state.region?.kind === 'city' && !a.locality) {
    a.locality = state.region.name.replace(/^г\.\s*/, '');
    a.localityType = 'г.';
  }
  warnings.push(...checkAddress(a));
  return { address: a, warnings };
}

/** Reads one published address in any common order; never throws. */
export function parseAddress(text: string): ParsedAddress {
  try {
    // Control codes and invisible characters never reach a parsed field (security-probe #16).
    return parseUnsafe(typeof text === 'string' ? visibleText(text) : '');
  } catch {
    const address = emptyAddress();
    if (typeof text === 'string' && text.trim()) address.unplaced.push(text.trim());
    return { address, warnings: [{ code: 'unplaced-part', params: { part: String(text).slice(0, 200) } }] };
  }
}
