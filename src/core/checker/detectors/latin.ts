import type { Token } from '../tokenise.ts';
import type { Hit } from '../types.ts';
import { insideAny, type DetectorInput } from './context.ts';

// Letters not wholly in Russian are often stopped (Memorial processes only Russian
// letters; УИК art. 91 lets foreign-language letters take 7 days for translation).
// One Latin brand name is a hint; a Latin phrase or transliterated Russian is not.

const TRANSLIT = new Set(
  ('privet poka spasibo lyublyu lublu lyubyu tebya tebe menya skuchayu skuchaem zhdu zhdem zhdyom obnimayu tseluyu celuyu ' +
    'kak dela ochen khorosho horosho ya ty my vse vsyo svobode svoboda chto eto sud advokat dorogoy dorogaya lyubimy lyubimyi ' +
    'derzhis budet govorit segodnya zavtra vchera mama papa nas vas nikogda vsegda pishi napishi druzya moy moya tvoy tvoya').split(' '),
);
// Everyday words of greetings, thanks and love in the languages writers use most.
const EVERYDAY = new Set(
  ('dank danke vielen herzlichen liebe lieber gute guten tag morgen nacht merci beaucoup bonjour bonsoir bonne chance amour ami amie mon ma ' +
    'gracias hola amigo amiga buenas buenos noches dias adios grazie ciao amore caro cara buona thank thanks love miss hello hi bye good luck ' +
    'dear darling sorry please kiss kisses hugs best wishes dziekuje kocham').split(' '),
);

// Conventional abbreviations written in Latin letters even in Russian text.
const ALLOWED = new Set(['p', 's', 'ps', 'pps', 'ok', 'okay', 'wi', 'fi', 'wifi', 'sms', 'tv', 'dvd', 'usb', 'id', 'pdf', 'e', 'mail', 'email']);

export function detectLatin({ text, tokens, contactSpans }: DetectorInput): Hit[] {
  const hits: Hit[] = [];
  let group: Token[] = [];
  const flush = () => {
    if (group.length) hits.push(...judge(group));
    group = [];
  };
  for (const t of tokens) {
    if (t.script === 'num' && group.length) continue;
    // {placeholders} of letter templates are filled in before sending, so they are not foreign text.
    const placeholder = text[t.start - 1] === '{' || text[t.end] === '}';
    if (t.script !== 'lat' || placeholder || insideAny(contactSpans, t.start, t.end)) {
      flush();
      continue;
    }
    const prev = group[group.length - 1];
    if (prev && (prev.sentence !== t.sentence || /[\p{Script=Cyrillic}\n]/u.test(text.slice(prev.end, t.start)))) flush();
    group.push(t);
  }
  flush();
  return hits;
}

function judge(group: Token[]): Hit[] {
  const words = group.filter((t) => t.raw.length > 1 || /^[aiAI]$/.test(t.raw));
  const meaningful = words.filter((t) => !ALLOWED.has(t.forms[0] ?? ''));
  if (meaningful.length === 0) return [];
  const first = group[0] as Token;
  const last = group[group.length - 1] as Token;
  const translit = meaningful.filter((t) => TRANSLIT.has(t.forms[0] ?? '')).length;
  const span = { category: 'foreign' as const, start: first.start, end: last.end };
  if (translit >= 2 || (translit === 1 && meaningful.length === 1)) return [{ ...span, severity: 'high', rule: 'translit' }];
  // One word is usually a brand or a name (iPhone); an everyday word of love or thanks is a message.
  if (meaningful.length === 1) return [{ ...span, severity: EVERYDAY.has(meaningful[0]?.forms[0] ?? '') ? 'medium' : 'low', rule: 'latin-word' }];
  // Two or three capitalised words are usually a name (Harry Potter, New York), not a message,
  // unless they are everyday words of a greeting or thanks (Vielen Dank, Merci Beaucoup).
  const phrase = meaningful.some((t) => EVERYDAY.has(t.forms[0] ?? ''));
  if (meaningful.length <= 3 && meaningful.every((t) => t.cap) && !phrase) return [{ ...span, severity: 'low', rule: 'latin-word' }];
  return [{ ...span, severity: meaningful.length >= 5 ? 'high' : 'medium', rule: 'latin-phrase' }];
}
