import { allMatches } from '../matches.ts';
import type { Hit } from '../types.ts';
import type { Token } from '../tokenise.ts';
import type { DetectorInput } from './context.ts';

// Text written for a machine, not a reader: Base64 («SGVsbG8=»), bytes in hex («48 65 6C»),
// bits («01001100 01001111»), Morse («...- --- .-..»). A writer who puts one in a letter and adds
// «сам поймёшь» is passing a message the censor cannot read: code (103-FZ art. 20).

// A run of Base64 characters long enough to hold a word or two.
const BASE64 = /(?<![\p{L}\d+/@._-])[A-Za-z0-9+/]{12,}={0,2}(?![\p{L}\d+/@_-]|\.[\p{L}\d])/uy;
// Four or more bytes in hex, with at least one letter and one digit among them (see isHexBytes).
const HEX_BYTES = /(?<![\p{L}\d])(?:0x)?[0-9A-Fa-f]{2}(?:[ \t,]+(?:0x)?[0-9A-Fa-f]{2}){3,}(?![\p{L}\d])/uy;
// Two or more octets of bits, or sixteen bits in a row.
const BITS = /(?<!\d)(?:[01]{8}(?:[ \t]+[01]{8})+|[01]{16,})(?!\d)/uy;
// Three or more groups of dots and dashes (ASCII hyphen or middle dot), split by spaces or slashes.
const MORSE = /(?<![\p{L}\d.·-])[.·-]{1,6}(?:[ \t]*\/?[ \t]+[.·-]{1,6}){2,}(?![\p{L}\d])/gu;

/**
 * Base64 of text mixes cases at random and has few vowels; a brand or a handle in camel case
 * (iPhone15ProMax) is mostly pronounceable, and a tracking or plate number (RU123456789CN) has no small letters.
 */
function isBase64(s: string): boolean {
  const body = s.replace(/=+$/u, '');
  const letters = body.replace(/[^A-Za-z]/gu, '');
  if (!/[a-z]/u.test(body) || !/[A-Z]/u.test(body) || letters.length < 8) return false;
  const vowels = letters.replace(/[^aeiouyAEIOUY]/gu, '').length;
  if (vowels / letters.length > 0.25) return false;
  // Case switches between neighbouring letters (digits skipped).
  let switches = 0;
  for (let k = 1; k < letters.length; k++) {
    const a = letters.charAt(k - 1);
    const b = letters.charAt(k);
    if (/[a-z]/u.test(a) !== /[a-z]/u.test(b)) switches++;
  }
  // A handle or password (DarkKnight2007, Qwerty123456) switches case once per word; Base64 every few letters.
  if (!s.endsWith('=') && switches < body.length / 4) return false;
  return s.endsWith('=') || /\d/u.test(body) || switches >= body.length / 3;
}

function isHexBytes(s: string): boolean {
  // «0xDE 0xAD» says hex itself; bare pairs need a letter and a digit (not a phone number, not words).
  if (/0x/iu.test(s)) return true;
  return /[a-f]/iu.test(s) && /\d/u.test(s);
}

function isMorse(s: string): boolean {
  return s.includes('-') && /[.·]/u.test(s) && (s.match(/[.·-]{2,}/gu) ?? []).length >= 2;
}

const RUN = /[A-Za-z0-9+/]/u;
const BINARY = /^[01]+$/u;
// Each shape, with what its first token must look like so that the expression is worth running.
const SHAPES: [RegExp, (s: string) => boolean, (t: Token, text: string) => boolean][] = [
  [BITS, () => true, (t) => t.raw.length >= 8 && BINARY.test(t.raw)],
  [HEX_BYTES, isHexBytes, (t) => t.raw.length <= 3],
  [BASE64, isBase64, (t, text) => t.end - t.start >= 12 || RUN.test(text.charAt(t.end))],
];

/**
 * Tried only where a Latin or digit token starts a run (most letters have none), each shape anchored
 * there: a scan of the whole paragraph per shape cost ~10 µs per 5k characters each.
 */
export function detectEncoded({ tokens, text }: DetectorInput): Hit[] {
  const hits: Hit[] = [];
  let covered = -1;
  for (const t of tokens) {
    if (t.script === 'cyr' || t.start < covered) continue;
    for (const [re, fits, worth] of SHAPES) {
      if (!worth(t, text)) continue;
      re.lastIndex = t.start;
      const m = re.exec(text);
      if (!m || !fits(m[0])) continue;
      hits.push({ category: 'code', severity: 'high', start: m.index, end: m.index + m[0].length, rule: 'encoded-text' });
      covered = m.index + m[0].length;
      break;
    }
  }
  // Morse has no word in it: looked for only where a dot and a dash touch.
  if (text.includes('.-') || text.includes('-.') || text.includes('·-') || text.includes('-·')) {
    for (const m of allMatches(MORSE, text)) if (isMorse(m[0])) hits.push({ category: 'code', severity: 'high', start: m.index, end: m.index + m[0].length, rule: 'encoded-text' });
  }
  return hits;
}
