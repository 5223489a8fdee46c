import { requiredLiterals } from '../literals.ts';
import { allMatches } from '../matches.ts';
import type { Hit } from '../types.ts';

// Memorial's and OVD-Info's advice: no phone numbers, e-mails, social handles or third
// parties' addresses; censors read them as attempts to organise contact outside control.

// `needs`: a character every match contains, so a paragraph without it skips the pattern.
const DIGIT = /\d/;
const AT = /@/;
// A web address has a Latin letter, digit or underscore next to its \b (the top-level domains
// but рф are Latin, and рф needs [a-z0-9-]+ before it).
const ASCII_WORD = /[A-Za-z0-9_]/;
const PATTERNS: { rule: string; re: RegExp; needs?: RegExp }[] = [
  { rule: 'contact-email', re: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, needs: AT },
  { rule: 'contact-url', re: /\b(?:https?:\/\/|www\.)[^\s«»"]+|\b[a-z0-9-]+\.(?:ru|com|org|net|me|io|su|рф)(?:\/[^\s«»"]*)?(?![A-Za-zА-Яа-яЁё\d])/gi, needs: ASCII_WORD },
  { rule: 'contact-handle', re: /(?<![\w.@])@[A-Za-z][A-Za-z0-9_.]{2,31}/g, needs: AT },
  // A Latin name with an underscore (marina_ceramics) is a handle even without the @.
  { rule: 'contact-handle', re: /(?<![\w.@-])[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9](?![\w@-])/g, needs: /_/ },
  { rule: 'contact-phone', re: /(?:\+\s?7|(?<![\d-])[78])[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)|\+\d{1,3}[\s(-]*\d[\d\s()-]{7,}\d|(?<![\d-])\d{3}-\d{2}-\d{2}(?![\d-])/g, needs: DIGIT },
  {
    rule: 'contact-address',
    re: /(?:\b|(?<=\s))(?:ул\.|улица|пр-т|проспект|пер\.|переулок|бульвар|б-р|шоссе|наб\.|набережная|мкр\.?|микрорайон)\s*[\p{Lu}\d][^\n;]{0,40}?(?:д\.|дом)\s*\d+[а-я]?(?:[,\s]*(?:корп\.|к\.|стр\.)\s*\d+)?(?:[,\s]*(?:кв\.|квартира)\s*\d+)?/gu,
    needs: DIGIT,
  },
  {
    // The street name first: «Ленинский проспект, д. 30, кв. 12».
    rule: 'contact-address',
    re: /\p{Lu}[\p{L}-]+\s+(?:улица|проспект|переулок|бульвар|шоссе|набережная|площадь|тупик|проезд)[,\s]+(?:д\.|дом)\s*\d+[а-я]?(?:[,\s]*(?:кв\.|квартира)\s*\d+)?/gu,
    needs: DIGIT,
  },
  // «Екатеринбург, ул. Малышева, 12–34»: house and flat joined by a dash, without д. and кв.
  {
    rule: 'contact-address',
    re: /(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|бульвар|б-р|наб\.|набережная|шоссе)\s*\p{Lu}[\p{L}.\s-]{1,30}?,?\s*\d+[а-я]?(?:\/\d+)?\s*[–—-]\s*\d+(?!\d|[.:]\d)/gu,
    needs: DIGIT,
  },
  { rule: 'contact-address', re: /(?:д\.|дом)\s*\d+[а-я]?,?\s*(?:кв\.|квартира)\s*\d+/gu, needs: DIGIT },
];

// The writer's own return address is expected in a letter and not a third party's.
const OWN_ADDRESS = /(?:мой|наш|обратный|мой новый|наш новый)\s+адрес|пишите? мне/iu;

// «Мой адрес для ответа: Петрова Мария Ивановна, 443001, г. Самара, ул. …»: the line core/letter
// adds (or the writer types) opens with the label, and the name, postcode and town put the street
// well past the 60 characters the check above looks back.
function opensReturnAddressLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return at - lineStart <= 200 && /^\s*(?:мой|наш)\s+(?:обратный\s+)?адрес(?:\s+для\s+ответа)?\s*:/iu.test(text.slice(lineStart, at));
}

// Gates derived from each `u` pattern as the catalogue's are (literals.ts): the strings every match
// needs («улица» or «проспект»…, and «д.» or «дом»), one case-insensitive test per list. The street
// patterns try every capital or word start of a paragraph; most paragraphs name no street.
const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');
const GATES = PATTERNS.map(({ re }) => (re.unicode ? requiredLiterals(re.source).map((alts) => new RegExp(alts.map(escape).join('|'), 'iu')) : []));

function passes(gates: readonly RegExp[], text: string): boolean {
  for (const gate of gates) if (!gate.test(text)) return false;
  return true;
}

export function findContacts(text: string): Hit[] {
  const hits: Hit[] = [];
  // Index loops: this runs for every paragraph, and entries() made a pair per pattern each time.
  for (let k = 0; k < PATTERNS.length; k++) {
    const { rule, re, needs } = PATTERNS[k] as (typeof PATTERNS)[number];
    if (needs && !needs.test(text)) continue;
    if (!passes(GATES[k] as RegExp[], text)) continue;
    for (const m of allMatches(re, text)) {
      let severity: Hit['severity'] = 'high';
      // The line Konvert adds is the writer's own choice, made on the Letter step: nothing to say.
      if (rule === 'contact-address' && opensReturnAddressLine(text, m.index)) continue;
      if (rule === 'contact-address' && OWN_ADDRESS.test(text.slice(Math.max(0, m.index - 60), m.index))) severity = 'low';
      hits.push({ category: 'contacts', severity, start: m.index, end: m.index + m[0].length, rule });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
