/**
 * Text clean-up before parsing. Every step keeps string length where matching
 * needs it (`fold`), so spans found in the folded text slice the original.
 */

// Latin letters that look like Cyrillic ones; mixed words ("CИЗO", "Ивaнов") come
// from copy-paste and OCR and would otherwise defeat every pattern.
const LOOKALIKES: Record<string, string> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м',
};

const CYRILLIC = /[А-Яа-яЁё]/;
const WORD = /[A-Za-zА-Яа-яЁё]+/g;

/** Replaces Latin look-alikes inside words that also hold Cyrillic letters. */
export function fixLookalikes(text: string): { text: string; fixed: boolean } {
  if (!/[A-Za-z]/.test(text)) return { text, fixed: false };
  let fixed = false;
  const out = text.replace(WORD, (word) => {
    if (!CYRILLIC.test(word) || !/[A-Za-z]/.test(word)) return word;
    let changed = '';
    for (const ch of word) {
      const sub = LOOKALIKES[ch];
      if (/[A-Za-z]/.test(ch) && !sub) return word;
      changed += sub ?? ch;
    }
    fixed = true;
    return changed;
  });
  return { text: out, fixed };
}

/** Unifies spaces, dashes and quotes and detaches abbreviations glued to the next word ("г.Тольятти"). */
export function normalizeText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F\u2009\u200A\t\f\v]/g, ' ')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[‐‑‒]/g, '-')
    // "Ленинск–Кузнецкий": a dash inside a word is its hyphen.
    .replace(/(?<=[А-Яа-яЁё])[–—](?=[А-Яа-яЁё])/g, '-')
    .replace(/[“”„]/g, '"')
    // Only a whole "п.г.т." on one line: "…туп.\nг. Тольятти" is a street type, then a town.
    .replace(/(?<![А-Яа-яЁё])п\. ?г\. ?т\.?/gi, 'пгт ')
    // "В.О." (Васильевского острова) is one abbreviation, not a type glued to a name: kept as written.
    .replace(/([А-Яа-яЁё])\.(?=[А-ЯЁ]|\d)/g, (m: string, ch: string, at: number, all: string) =>
      /^[А-ЯЁ]\.[А-ЯЁ]\./.test(all.slice(at)) && !/[А-Яа-яЁё]/.test(all[at - 1] ?? '') ? m : `${ch}. `,
    )
    .replace(/(^|[\s,])(дом|д\.|здание|зд\.|строение|стр\.|корпус|корп\.|владение|влд?\.)\s*№\s*(?=\d)/gi, '$1$2 ')
    .replace(/(?:почтовый\s+)?индекс\s*[:№]?\s*(?=\d{6})/gi, '')
    .replace(/городской\s+округ/gi, 'г.о.')
    .replace(/(^|[\s,])([гм])\.\s?о\.(?=\s)/gi, '$1$2.о.')
    // "жилой квартал «Северный»" is a квартал.
    .replace(/жил(?:ой|ого)\s+(?=квартал)/gi, '')
    .replace(/(^|[\s,])р\.\s?п\.(?=\s)/gi, '$1рп')
    .replace(/пос[её]лок\s+городского\s+типа(?=\s)/gi, 'пгт')
    .replace(/рабочий\s+пос[её]лок(?=\s)/gi, 'рп')
    .replace(/муниципальный\s+округ/gi, 'м.о.')
    .replace(/муниципальный\s+район/gi, 'р-н')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

const SPACED_MAX = 400;

/**
 * The passage of `source` that `normalized` came from, with its own spacing: normalizeText
 * detaches glued abbreviations ("Г.ЕКАТЕРИНБУРГА"), but a name is quoted as written.
 * Falls back to `normalized` when the passage was changed in other ways (dashes, quotes).
 */
export function spacedAsWritten(normalized: string, source: string): string {
  // A real institution's name is a line or two; a longer run is not worth a search that could cost.
  if (normalized.length > SPACED_MAX) return normalized;
  const pattern = normalized
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s*');
  const found = new RegExp(pattern, 'u').exec(source);
  return found ? collapseSpaces(found[0]) : normalized;
}

/** Lower case with ё→е; same length as the input, so indexes carry over. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
