/**
 * Cyrillic → Latin for senders abroad and for reading names back:
 * - 'gost779b': GOST 7.79-2000, system B (ASCII only; "ц" is "c" before е, и, ы, й, else "cz");
 * - 'passport': the Russian foreign passport system, ICAO Doc 9303 (FMS order of 2014).
 */
export type TranslitSystem = 'gost779b' | 'passport';

const GOST: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'j', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x', ц: 'cz', ч: 'ch', ш: 'sh',
  щ: 'shh', ъ: '``', ы: 'y`', ь: '`', э: 'e`', ю: 'yu', я: 'ya',
};

const PASSPORT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

export function transliterate(text: string, system: TranslitSystem): string {
  const table = system === 'gost779b' ? GOST : PASSPORT;
  const chars = Array.from(typeof text === 'string' ? text : '');
  let out = '';
  chars.forEach((ch, i) => {
    const lower = ch.toLowerCase();
    let latin = table[lower];
    if (latin === undefined) {
      out += ch;
      return;
    }
    if (system === 'gost779b' && lower === 'ц' && /[еиыйeiyj]/i.test(chars[i + 1] ?? '')) latin = 'c';
    if (!isUpper(ch) || latin === '') {
      out += latin;
      return;
    }
    const next = chars[i + 1] ?? '';
    const prev = chars[i - 1] ?? '';
    // A capital inside an all-caps word stays all caps ("ЩУКИН" → "SHCHUKIN"), else only its first letter.
    const allCaps = (next && isUpper(next) && next.toLowerCase() !== next.toUpperCase()) || (prev && isUpper(prev) && !next.match(/[a-zа-яё]/));
    out += allCaps ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
  return out;
}
