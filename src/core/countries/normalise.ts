/**
 * A country name reduced for lookup: lower case, no accents, no punctuation,
 * single spaces ("Côte d’Ivoire" → "cote divoire", "U.S.A." → "usa").
 */
export function normaliseCountryName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[.'’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
