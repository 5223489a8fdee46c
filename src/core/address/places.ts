import type { BuildingType } from './types.ts';

/**
 * Splits a piece of an address into typed parts by its abbreviation markers
 * ("г.", "ул.", "д.", "р-н"...). Markers and their official short forms follow
 * Russian Post usage (DOMAIN.md §3).
 */
export type PartKind = 'locality' | 'street' | 'district' | 'house' | 'building' | 'flat';

export interface PlacePart {
  kind: PartKind;
  /** Official abbreviation of the type: "г.", "ул.", "р-н", "корп."... */
  type: string;
  value: string;
  /** The type word came after the name ("Хрящевское ш."). */
  typeAfter: boolean;
  /** An ordinal written before the type and belonging to the name ("5-я" in "5-я линия В.О."). */
  prefix?: string;
  /** An abbreviation closing the name after a type written after it ("В.О." in "Средний пр. В.О."). */
  suffix?: string;
}

type Position = 'before' | 'after' | 'either';
interface Marker {
  kind: PartKind;
  type: string;
  position: Position;
}

const m = (kind: PartKind, type: string, position: Position = 'before'): Marker => ({ kind, type, position });

// Keys are folded (lower case, ё→е) and without the final dot.
const MARKERS: Record<string, Marker> = {
  г: m('locality', 'г.'), гор: m('locality', 'г.'), город: m('locality', 'г.'),
  пос: m('locality', 'пос.'), поселок: m('locality', 'пос.'), п: m('locality', 'п.'),
  с: m('locality', 'с.'), село: m('locality', 'с.'), дер: m('locality', 'д.'), деревня: m('locality', 'д.'),
  пгт: m('locality', 'пгт'), рп: m('locality', 'рп'), 'р.п': m('locality', 'рп'), 'ст-ца': m('locality', 'ст-ца'),
  станица: m('locality', 'ст-ца'), х: m('locality', 'х.'), хутор: m('locality', 'х.'), аул: m('locality', 'аул'),
  сл: m('locality', 'сл.'), слобода: m('locality', 'сл.'), ст: m('locality', 'ст.'), станция: m('locality', 'ст.'),
  нп: m('locality', 'нп'),
  // Rural settlement types of the ФИАС list, rarer but published (Buryat улус, Tuvan сумон, island colonies).
  улус: m('locality', 'улус'), аал: m('locality', 'аал'), арбан: m('locality', 'арбан'), сумон: m('locality', 'сумон'),
  кишлак: m('locality', 'кишлак'), починок: m('locality', 'починок'), заимка: m('locality', 'заимка'), выселки: m('locality', 'выселки'),
  кордон: m('locality', 'кордон'), остров: m('locality', 'остров'), урочище: m('locality', 'урочище'), местечко: m('locality', 'м.'),
  ул: m('street', 'ул.', 'either'), улица: m('street', 'ул.', 'either'),
  ш: m('street', 'ш.', 'either'), шоссе: m('street', 'ш.', 'either'),
  'пр-т': m('street', 'пр-т', 'either'), 'пр-кт': m('street', 'пр-т', 'either'), просп: m('street', 'пр-т', 'either'), проспект: m('street', 'пр-т', 'either'),
  пр: m('street', 'пр-т', 'either'), пер: m('street', 'пер.', 'either'), переулок: m('street', 'пер.', 'either'),
  пл: m('street', 'пл.', 'either'), площадь: m('street', 'пл.', 'either'), 'б-р': m('street', 'б-р', 'either'),
  бульвар: m('street', 'б-р', 'either'), бул: m('street', 'б-р', 'either'), бульв: m('street', 'б-р', 'either'), наб: m('street', 'наб.', 'either'), набережная: m('street', 'наб.', 'either'),
  мкр: m('street', 'мкр.', 'either'), 'мкр-н': m('street', 'мкр.', 'either'), микрорайон: m('street', 'мкр.', 'either'), тракт: m('street', 'тракт', 'either'),
  'пр-д': m('street', 'пр-д', 'either'), проезд: m('street', 'пр-д', 'either'), туп: m('street', 'туп.', 'either'),
  тупик: m('street', 'туп.', 'either'), аллея: m('street', 'аллея', 'either'), промзона: m('street', 'промзона', 'either'),
  'кв-л': m('street', 'кв-л', 'either'), квартал: m('street', 'кв-л', 'either'),
  // "Производственная зона", "Промышленная зона": an area named by its adjective, as written.
  зона: m('street', 'зона', 'after'), тер: m('street', 'тер.'), территория: m('street', 'тер.'),
  линия: m('street', 'линия', 'either'),
  // Rarer street types of the ФИАС list (Минфин order 171н), with their official short forms.
  'пр-зд': m('street', 'пр-д', 'either'), прзд: m('street', 'пр-д', 'either'), ал: m('street', 'аллея', 'either'),
  спуск: m('street', 'спуск', 'either'), взвоз: m('street', 'взв.', 'either'), взв: m('street', 'взв.', 'either'),
  дорога: m('street', 'дор.', 'either'), дор: m('street', 'дор.', 'either'), кольцо: m('street', 'к-цо', 'either'), 'к-цо': m('street', 'к-цо', 'either'),
  просека: m('street', 'пр-ка', 'either'), 'пр-ка': m('street', 'пр-ка', 'either'), просек: m('street', 'пр-к', 'either'), 'пр-к': m('street', 'пр-к', 'either'),
  проулок: m('street', 'проул.', 'either'), проул: m('street', 'проул.', 'either'), въезд: m('street', 'взд.', 'either'), взд: m('street', 'взд.', 'either'),
  съезд: m('street', 'сзд.', 'either'), сзд: m('street', 'сзд.', 'either'), разъезд: m('street', 'рзд.', 'either'), рзд: m('street', 'рзд.', 'either'),
  городок: m('street', 'г-к', 'either'), 'г-к': m('street', 'г-к', 'either'),
  'р-н': m('district', 'р-н', 'either'), 'р-он': m('district', 'р-н', 'either'),
  район: m('district', 'р-н', 'either'), 'г.о': m('district', 'г.о.', 'either'), 'м.о': m('district', 'м.о.', 'either'), д: m('house', 'д.'), дом: m('house', 'д.'), вл: m('house', 'вл.'),
  // ФИАС short forms of the house-level types as well: "влд. 3", "двлд. 5", "соор. 1".
  влд: m('house', 'вл.'), владение: m('house', 'вл.'), двлд: m('house', 'двлд.'), домовладение: m('house', 'двлд.'),
  зд: m('house', 'зд.'), здание: m('house', 'зд.'), соор: m('house', 'соор.'), сооружение: m('house', 'соор.'),
  корп: m('building', 'корп.'), корпус: m('building', 'корп.'), к: m('building', 'корп.'),
  стр: m('building', 'стр.'), строение: m('building', 'стр.'), кв: m('flat', 'кв.'), квартира: m('flat', 'кв.'),
};

// Longest plausible name per part; what follows without a comma is someone else's.
const CAP: Record<PartKind, number> = { locality: 3, district: 3, street: 5, house: 1, building: 1, flat: 1 };

// Street types that usually follow an adjectival name (Хрящевское ш., Красный пр-т).
const TYPE_AFTER_ADJECTIVE = new Set(['ш.', 'пр-т', 'пер.', 'тракт', 'б-р', 'пр-д', 'пл.', 'наб.', 'туп.', 'спуск', 'взв.', 'дор.', 'проул.', 'мкр.', 'кв-л']);
// "5-я линия", "2-й мкр.": an ordinal before a street type is part of the street's name.
const ABBREVIATED_NAME = /^(?:[А-ЯЁ]\.){2,3}$/;
const ORDINAL = /^\d+-?(?:й|я|е|ой|ый|ий|ая|ое|ья|ье)$/i;
const NUMBERISH = /^\d+[а-яa-z]?(?:[/-]\d*[а-яa-z]?)?$/i;
const ADJECTIVE = /(?:ый|ий|ой|ое|ее|ая|яя|ые|ие|ская|ское|ский|ского)$/i;
const CAPITAL = /^[«"(]?[А-ЯЁ0-9]/;
const INITIAL = /^[А-ЯЁ]\.?,?$/;
/** Types that name an area rather than a street: a street may be named inside one ("мкр. Юность, ул. Лесная"). */
export const AREA_TYPES: ReadonlySet<string> = new Set(['мкр.', 'кв-л', 'промзона', 'тер.', 'г-к', 'зона']);

const markerKey = (tok: string): string => tok.toLowerCase().replace(/ё/g, 'е').replace(/[.,:]+$/, '');

/**
 * Street types are also street names ("ул. Набережная", "Набережная ул.", "ул. Площадь
 * Революции", "ул Посёлок Труда"): a capitalised full word beside another street type is the name.
 * A territory's name may hold any type word ("тер. Северная промзона").
 */
function isStreetName(tokens: string[], i: number, marker: Marker): boolean {
  const tok = tokens[i] ?? '';
  if ((marker.kind !== 'street' && marker.kind !== 'locality') || /\.$/.test(tok) || tok.length < 5) return false;
  const next = tokens[i + 1];
  // A street or locality type earlier in the same comma-free run ("ул. Нижний Проезд", "пос. Старый Городок")
  // makes this word a name.
  let prevType: Marker | null = null;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const prev = tokens[j] ?? '';
    if (/[,;]$/.test(prev)) break;
    const found = MARKERS[markerKey(prev)];
    if (found?.kind === 'street' || found?.kind === 'locality') {
      prevType = found;
      break;
    }
  }
  if (prevType?.type === 'тер.' && marker.kind === 'street') return true;
  // "ул. Сибирский тракт": a full type word after a street's own type belongs to the name.
  if (prevType?.kind === 'street' && !AREA_TYPES.has(prevType.type) && marker.kind === 'street') return true;
  if (!CAPITAL.test(tok)) return false;
  if (marker.kind === 'locality') return prevType?.kind === 'street';
  const nextIsType = next !== undefined && !/,$/.test(tok) && MARKERS[markerKey(next)]?.kind === 'street' && !CAPITAL.test(next);
  return prevType !== null || nextIsType;
}

function markerAt(tokens: string[], i: number): Marker | null {
  const tok = tokens[i] ?? '';
  const key = markerKey(tok);
  const marker = MARKERS[key];
  if (!marker || isStreetName(tokens, i, marker)) return null;
  const next = tokens[i + 1] ?? '';
  const bare = !/[.]$/.test(tok) && key.length <= 2;
  if (marker.kind === 'house' || marker.kind === 'building' || marker.kind === 'flat') {
    if (NUMBERISH.test(next.replace(/[,.]$/, ''))) return marker;
    // "д. Ивановка" is a village (деревня), not a house, unless initials follow ("ул. им. Д. А. Мизиева").
    if (key === 'д' && CAPITAL.test(next) && !INITIAL.test(next)) return MARKERS['дер'] ?? null;
    // "кв. Молодёжный" is a quarter (квартал), not a flat.
    if (key === 'кв' && /\.$/.test(tok) && CAPITAL.test(next) && !INITIAL.test(next)) return MARKERS['кв-л'] ?? null;
    return null;
  }
  const prev = tokens[i - 1] ?? '';
  // "Архангельск г", "Никольское с.": in the ФИАС order the type closes its comma-free piece, written in lower case.
  if (marker.kind === 'locality' && i === tokens.length - 1 && i > 0 && /^[а-яё]/.test(tok) && CAPITAL.test(prev) && !INITIAL.test(prev) && prev.length > 2) {
    return { ...marker, position: 'after' };
  }
  // "п. им. Дзержинского": a place named after someone starts with "им.".
  const named = /^им\.?$/i.test(next) && CAPITAL.test(tokens[i + 2] ?? '');
  // One-letter markers need their dot or a capitalised name after them ("г Москва" is common).
  if (bare && key.length === 1 && !CAPITAL.test(next) && !named) return null;
  // "П. А." after a surname are initials, not "посёлок А.".
  if (marker.kind === 'locality' && ((!CAPITAL.test(next) && !named) || INITIAL.test(next))) return null;
  if (key.length === 1 && /^[А-ЯЁ]$/.test(tok.replace(/\.$/, '')) && /^[А-ЯЁ]\.?,?$/.test(prev)) return null;
  return marker;
}

/** Official form of a house number: no spaces, letter in capitals ("5а" → "5А"). */
export function normalizeHouse(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/[,.]+$/, '').toUpperCase();
}

/** What a piece of text holds, in the order it was written: typed parts and the runs no marker claimed. */
export type PlaceItem = { kind: 'part'; part: PlacePart } | { kind: 'leftover'; text: string };

/** Groups tokens around markers; what no marker claims comes back as leftovers, all in written order. */
export function splitPlaces(piece: string): PlaceItem[] {
  const tokens = piece.split(/\s+/).filter(Boolean);
  const claimed = new Array<boolean>(tokens.length).fill(false);
  const parts: { at: number; part: PlacePart }[] = [];
  const markers: { i: number; marker: Marker }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const marker = markerAt(tokens, i);
    if (marker) markers.push({ i, marker });
  }
  markers.forEach(({ i, marker }, k) => {
    const nextMarker = markers[k + 1]?.i ?? tokens.length;
    let prevStart = i;
    while (prevStart > 0 && !claimed[prevStart - 1] && !markers.some((x) => x.i === prevStart - 1)) prevStart--;
    const before = tokens.slice(prevStart, i);
    // Without commas ("г. Тольятти Хрящевское ш. д. 3") the adjective before a street type
    // written after its name belongs to the street, not to what came before.
    const following = markers[k + 1];
    const adjectiveAhead =
      following !== undefined && TYPE_AFTER_ADJECTIVE.has(following.marker.type) && nextMarker - i > 2 && ADJECTIVE.test(tokens[nextMarker - 1] ?? '');
    let after = tokens.slice(i + 1, adjectiveAhead ? nextMarker - 1 : nextMarker);
    // A bracket starts something else ("р. п. Маркова (а/я 81)"): the name stops before it.
    const bracket = after.findIndex((t) => t.startsWith('('));
    if (bracket >= 0) after = after.slice(0, bracket);
    // "д. 67 в": a house letter written apart from its number.
    const letterApart = (marker.kind === 'house' || marker.kind === 'building') && /^[А-Яа-яЁё][,;]?$/.test(after[1] ?? '') && /^\d+$/.test(after[0] ?? '');
    after = after.slice(0, letterApart ? 2 : CAP[marker.kind]);
    const lastBefore = before[before.length - 1] ?? '';
    const useBefore =
      marker.position === 'after' || (marker.position === 'either' && before.length > 0 && (after.length === 0 || ADJECTIVE.test(lastBefore)));
    const words = useBefore ? before : after;
    if (words.length === 0) {
      // "промзона" names a place by itself ("г. Омск, промзона, д. 3").
      if (marker.type === 'промзона') {
        claimed[i] = true;
        parts.push({ at: i, part: { kind: 'street', type: (tokens[i] ?? '').replace(/[,;.]+$/, ''), value: '', typeAfter: false } });
      }
      return;
    }
    claimed[i] = true;
    const from = useBefore ? prevStart : i + 1;
    for (let j = from; j < from + words.length; j++) claimed[j] = true;
    const part: PlacePart = { kind: marker.kind, type: marker.type, value: words.join(' ').replace(/[,;]+$/, ''), typeAfter: useBefore };
    // "Средний пр. В.О.": an abbreviation in capitals after the type still belongs to the street.
    const tail = tokens[i + 1] ?? '';
    if (useBefore && marker.kind === 'street' && i + 1 < nextMarker && ABBREVIATED_NAME.test(tail.replace(/[,;]$/, ''))) {
      claimed[i + 1] = true;
      part.suffix = tail.replace(/[,;]$/, '');
    }
    // "5-я линия В.О.": the ordinal before the type and the name after it are one street.
    if (!useBefore && marker.kind === 'street' && ORDINAL.test(lastBefore) && !claimed[i - 1]) {
      claimed[i - 1] = true;
      part.prefix = lastBefore;
    }
    parts.push({ at: part.prefix ? i - 1 : useBefore ? prevStart : i, part });
  });
  const items: { at: number; item: PlaceItem }[] = parts.map(({ at, part }) => ({ at, item: { kind: 'part', part } }));
  let run: string[] = [];
  const flush = (end: number) => {
    if (run.length) items.push({ at: end - run.length, item: { kind: 'leftover', text: run.join(' ') } });
    run = [];
  };
  tokens.forEach((tok, i) => {
    if (claimed[i]) flush(i);
    else run.push(tok);
  });
  flush(tokens.length);
  return items.sort((a, b) => a.at - b.at).map((x) => x.item);
}

export function isBuildingType(type: string): type is BuildingType {
  return type === 'корп.' || type === 'стр.';
}

export function looksLikeHouseNumber(text: string): boolean {
  return NUMBERISH.test(text.trim());
}
