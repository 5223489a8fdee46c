/**
 * Non-breaking spaces that keep an abbreviation with its word (DOMAIN.md §3, STYLE.md §10):
 * "ул.\u00A0Свердлова", "д.\u00A03", "Самарская\u00A0обл.", "1974\u00A0г.\u00A0р.".
 */
export const NBSP = '\u00A0';

const BEFORE_WORD =
  /(^|[\s,(])(г\.|гор\.|пос\.|п\.|с\.|д\.|дер\.|пгт|рп|ст-ца|ст\.|х\.|аул|сл\.|ул\.|ш\.|пр-т|просп\.|пер\.|пл\.|б-р|наб\.|мкр\.|тракт|пр-д|туп\.|кв-л|тер\.|взв\.|дор\.|к-цо|пр-ка|пр-к|проул\.|взд\.|сзд\.|рзд\.|г-к|корп\.|стр\.|кв\.|вл\.|двлд\.|зд\.|соор\.|№) /g;
const AFTER_WORD = / (обл\.|р-н|ш\.|пр-т|пер\.|пл\.|б-р|наб\.|тракт|пр-д|туп\.|взв\.|дор\.|к-цо|пр-ка|пр-к|проул\.|взд\.|сзд\.|рзд\.|г-к|край|АО)(?=$|[\s,)])/g;

export function withNbsp(text: string): string {
  return text.replace(BEFORE_WORD, `$1$2${NBSP}`).replace(AFTER_WORD, `${NBSP}$1`);
}

export function birthYearText(year: number, nbsp = true): string {
  const s = nbsp ? NBSP : ' ';
  return `${year}${s}г.${s}р.`;
}

export function plainSpaces(text: string): string {
  return text.replace(/\u00A0/g, ' ');
}
