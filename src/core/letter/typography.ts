const NBSP = '\u00a0';

// One-letter prepositions and conjunctions must not end a line (Russian
// typesetting practice, e.g. Мильчин & Чельцова, «Справочник издателя и автора»).
const ONE_LETTER = 'вксуоиаяВКСУОИАЯ';

// Abbreviations that stay glued to the word after them: address parts from
// Russian Post practice (DOMAIN.md §3) and the usual textual ones.
const ABBREVIATIONS = [
  'г', 'гг', 'д', 'ул', 'обл', 'ш', 'кв', 'корп', 'стр', 'пос', 'п', 'с', 'пер', 'пр', 'просп', 'пл', 'наб',
  'им', 'т', 'тыс', 'млн', 'руб', 'ст', 'ч', 'гл', 'см', 'св', 'р', 'э', 'н', 'мкр', 'зд',
];

const ABBR_RE = new RegExp(`(^|[\\s(«„])((?:${ABBREVIATIONS.join('|')})\\.) (?=\\S)`, 'giu');
const ONE_LETTER_RE = new RegExp(`(^|[\\s(«„${NBSP}])([${ONE_LETTER}]) (?=\\S)`, 'gu');

/** Straight and English double quotes become «ёлочки», nested ones „лапки“ (Russian norm). */
export function russianQuotes(text: string): string {
  let depth = 0;
  let out = '';
  const chars = [...text];
  chars.forEach((ch, i) => {
    if (!'"\u201c\u201d«»„'.includes(ch)) {
      out += ch;
      return;
    }
    const prev = i === 0 ? ' ' : (chars[i - 1] as string);
    // Context decides for the ambiguous marks: a quote after a space, bracket or dash opens.
    const opening = ch === '«' || ch === '„' || (ch !== '»' && /[\s([{\u2014\u2013«„-]/.test(prev));
    if (opening) {
      out += depth === 0 ? '«' : '„';
      depth++;
    } else {
      out += depth >= 2 ? '\u201c' : '»';
      depth = Math.max(0, depth - 1);
    }
  });
  return out;
}

/** Hyphens used as dashes become em dashes, glued to the word before them. */
export function russianDashes(text: string): string {
  return text
    .replace(/(^|\n)[ \t]*(?:--?|\u2013)[ \t]+/g, `$1\u2014 `)
    .replace(/[ \t\u00a0]+(?:--?|\u2013|\u2014)[ \t]+/g, `${NBSP}\u2014 `);
}

/** Non-breaking spaces after one-letter words, abbreviations, "№", inside initials and before "г.". */
export function gluePrepositions(text: string): string {
  let out = text;
  // Applied twice: "и в доме" needs both spaces glued, and a match consumes its left context.
  for (let pass = 0; pass < 2; pass++) {
    out = out.replace(ONE_LETTER_RE, `$1$2${NBSP}`).replace(ABBR_RE, `$1$2${NBSP}`);
  }
  return out
    .replace(/№ (?=\d)/g, `№${NBSP}`)
    // A postcode after a comma stays with the place before it («г. Самара, 443001»), never alone on a line.
    .replace(/, (?=\d{6}(?!\d))/g, `,${NBSP}`)
    .replace(/(\d) (?=(?:г|гг|ч|мин|руб|кг|км|м|см|мм|тыс|млн)\.?(?![а-яё]))/gu, `$1${NBSP}`)
    .replace(/([А-ЯЁ]\.) (?=[А-ЯЁ]\.)/gu, `$1${NBSP}`)
    .replace(/([а-яё]) (?=[А-ЯЁ]\.[\s\u00a0]?[А-ЯЁ]\.)/gu, `$1${NBSP}`);
}

/** The whole Russian typographic pass over plain text: spaces, ellipsis, quotes, dashes, nbsp. */
export function typographRussian(text: string): string {
  const spaced = text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\.\.\.(?!\.)/g, (m) => (m.startsWith(' ') ? ' …' : '…'));
  return gluePrepositions(russianDashes(russianQuotes(spaced)));
}

/**
 * No-break spaces for texts read on screen (the guide, the interface, template notes), so
 * that «ст. 20», «№ 3», «55 ₽», «3–4 недели», «30 ноября 2023 года», "art. 20" or a
 * one-letter preposition never end a line on a narrow screen. Only spaces change: the
 * quotes and dashes in the data are typeset already. Russian rules apply to Russian
 * texts; English ones get the numeric rules only.
 */
export function glueForScreen(text: string, lang: string): string {
  const numeric = text.replace(/(\d) (?=[₽%])/g, `$1${NBSP}`).replace(/№ (?=\d)/g, `№${NBSP}`);
  if (lang !== 'ru') return numeric.replace(/\b(art|No|p|pt)\. (?=\d)/g, `$1.${NBSP}`);
  // A number stays with the word it counts or dates: «3–4 недели», «7 лет», «2023 года»;
  // a dash never starts a line («перевод — это», third native review, item 25).
  return gluePrepositions(numeric)
    .replace(/(\d) (?=[а-яё])/gu, `$1${NBSP}`)
    .replace(/ (?=—)/g, NBSP)
    // «г. Тольятти», «ул. Ленина», «д. 5» stay on one line (sixth native review, item 3).
    .replace(/(^|[\s(«])(г|ул|пр|пос)\. (?=[А-ЯЁ])/gu, `$1$2.${NBSP}`)
    .replace(/(^|[\s(«])(д|кв)\. (?=\d)/gu, `$1$2.${NBSP}`);
}
