import postcodes from '../../data/postcodes.json';
import { fold } from './normalize.ts';

export type RegionKind = 'obl' | 'krai' | 'resp' | 'city' | 'ao';

export interface Region {
  /** Official abbreviated form: "Самарская обл.", "Республика Мордовия", "г. Москва". */
  name: string;
  kind: RegionKind;
  prefixes: string[];
  verified: boolean;
}

interface CompiledRegion extends Region {
  pattern: RegExp;
}

interface RawRegion {
  name: string;
  kind: string;
  prefixes: string[];
  stem?: string;
  patterns?: string[];
  verified?: boolean;
}

// Word edges for Cyrillic: \b only knows ASCII letters.
const L = '(?<![а-яa-z0-9-])';
const R = '(?![а-яa-z0-9])';
const RESP = '(?:(?:республик[аиеу]|респ\\.?)\\s+)?';

function compile(raw: RawRegion): RegExp {
  // Explicit patterns go first: at one position the first alternative wins, and they are the longer forms.
  const parts: string[] = [];
  if (raw.stem && raw.kind === 'obl' && raw.patterns) parts.push(...raw.patterns);
  if (raw.stem && raw.kind === 'obl') {
    parts.push(`${raw.stem}(?:ая|ой|ую)\\s+обл(?:асть|асти|\\.)?`, `обл(?:асть|\\.)?\\s+${raw.stem}ая`);
  }
  if (raw.stem && raw.kind === 'krai') parts.push(`${raw.stem}(?:ий|ого|ому|ом)\\s+кра(?:й|я|ю|е)`);
  for (const p of raw.kind === 'obl' ? [] : (raw.patterns ?? [])) {
    if (raw.kind === 'resp') parts.push(`${RESP}(?:${p})`);
    else if (raw.kind === 'city') parts.push(`(?:(?:г\\.?|гор\\.|город[ау]?)\\s*)?(?:${p})`);
    else parts.push(p);
  }
  return new RegExp(`${L}(?:${parts.join('|')})${R}`);
}

const REGIONS: CompiledRegion[] = (postcodes.regions as RawRegion[]).map((raw) => ({
  name: raw.name,
  kind: raw.kind as RegionKind,
  prefixes: raw.prefixes,
  verified: raw.verified !== false,
  pattern: compile(raw),
}));

export function allRegions(): readonly Region[] {
  return REGIONS;
}

export function regionByName(name: string): Region | null {
  return REGIONS.find((r) => r.name === name || shortName(r) === name) ?? null;
}

/** "Кемеровская обл." for "Кемеровская обл. — Кузбасс": the name without the second, newer part. */
function shortName(region: Region): string {
  return region.name.split(' — ')[0] as string;
}

/**
 * The region's official abbreviated name, with its second part ("— Кузбасс",
 * "— Югра", "— Алания") only where the address itself gives it: most published
 * addresses still say "Кемеровская обл.", and the envelope should read as written.
 */
export function regionAsWritten(region: Region, written: string): string {
  const second = region.name.split(' — ')[1];
  return second && !fold(written).includes(fold(second)) ? shortName(region) : region.name;
}

// One alternation with a group per region: a single scan of the text instead of one per region.
const ANY_REGION = new RegExp(REGIONS.map((r) => `(${r.pattern.source})`).join('|'));

/** Finds the first region named in `folded` (text already passed through `fold`). */
export function findRegion(folded: string): { region: Region; start: number; end: number } | null {
  const m = ANY_REGION.exec(folded);
  if (!m) return null;
  const group = m.findIndex((g, i) => i > 0 && g !== undefined);
  const region = REGIONS[group - 1];
  return region ? { region, start: m.index, end: m.index + m[0].length } : null;
}

// Three-digit prefix → region, filled once from the ranges ("443-446").
const BY_PREFIX: (Region | undefined)[] = new Array<Region | undefined>(1000);
for (const region of REGIONS) {
  for (const range of region.prefixes) {
    const [a, b] = range.split('-').map(Number);
    if (a === undefined || Number.isNaN(a)) continue;
    for (let p = a; p <= (b ?? a) && p < 1000; p++) BY_PREFIX[p] ??= region;
  }
}

/** The region a postcode's first three digits belong to (Russian Post sorting centres). */
export function regionByPostcode(index: string): Region | null {
  if (!/^\d{6}$/.test(index)) return null;
  return BY_PREFIX[Number(index.slice(0, 3))] ?? null;
}

/** Region named in a phrase such as "УФСИН России по Самарской области". */
export function regionInText(text: string): Region | null {
  return findRegion(fold(text))?.region ?? null;
}

/** Federal cities have no region line: the city is the region (DOMAIN.md §3). */
export function federalCityName(region: Region): string | null {
  return region.kind === 'city' ? region.name.replace(/^г\.\s*/, '') : null;
}
