import { allMatches } from '../matches.ts';
import { perSpelling, type Token } from '../tokenise.ts';
import type { Hit } from '../types.ts';
import { insideAny, type DetectorInput } from './context.ts';

// 103-FZ art. 20 and УИК art. 91 stop letters "in code or cipher"; censors read any
// unexplained run of numbers as one. Dates, times, ranges (стр. 112–127) and ordinary
// counts have at most two groups and are left alone.

const DIGIT_RUN = /(?<![\d.,:/])\d{1,4}(?:[ \t]?[-–—,.:/ ][ \t]?\d{1,4}){2,}(?![\d])/g;
const DATE = /^(\d{1,2})([./-])(\d{1,2})\2\d{2,4}$/;

// With hyphens a date carries its full year (12-03-2024); «5-9-14» or «3-7-12» with a two-digit
// year is how people write an agreed code, not a date (rounds 18 and probe set 9).
function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (m === null || Number(m[1]) < 1 || Number(m[1]) > 31 || Number(m[3]) < 1 || Number(m[3]) > 12) return false;
  return m[2] !== '-' || s.length - s.lastIndexOf('-') - 1 === 4;
}

const NUMBER_WORDS = new Set(
  ('ноль нуль один одна два две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать ' +
    'четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать тридцать сорок пятьдесят ' +
    'шестьдесят семьдесят восемьдесят девяносто сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот').split(' '),
);
const isNumberWord = perSpelling((t: Token): boolean => NUMBER_WORDS.has(t.forms[0] ?? ''));
const PHONE_CONTEXT = /номер|телефон|звон|запиши|набери|мобил/iu;

const DIGIT = /[0-9]/;

export function detectNumbers({ text, tokens, contactSpans }: DetectorInput): Hit[] {
  const hits: Hit[] = [];
  // A run of numbers needs a digit; most paragraphs have none.
  for (const m of DIGIT.test(text) ? allMatches(DIGIT_RUN, text) : []) {
    const s = m[0].trim();
    if (isDate(s) || /^(?:(?:19|20)\d\d\D+)+(?:19|20)\d\d$/.test(s) || insideAny(contactSpans, m.index, m.index + m[0].length)) continue;
    hits.push({ category: 'code', severity: 'high', start: m.index, end: m.index + m[0].length, rule: 'number-sequence' });
  }
  hits.push(...spelledNumbers(text, tokens));
  return hits;
}

/** A phone number read out in words (восемь девятьсот пятнадцать, триста сорок…). */
function spelledNumbers(text: string, tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && isNumberWord(tokens[j] as Token) && (j === i || /^[\s,;–—-]+$/.test(text.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start)))) j++;
    const count = j - i;
    if (count >= 5) {
      const first = tokens[i] as Token;
      const last = tokens[j - 1] as Token;
      const run = text.slice(first.start, last.end);
      if (run.includes(',') || /ноль|нуль/iu.test(run)) {
        const phone = PHONE_CONTEXT.test(sentenceText(tokens, i)) || /^(восемь|плюс)/iu.test(run);
        hits.push({ category: phone ? 'contacts' : 'code', severity: 'high', start: first.start, end: last.end, rule: 'spelled-number' });
      }
    }
    i = Math.max(j, i + 1);
  }
  return hits;
}

function sentenceText(tokens: readonly Token[], i: number): string {
  const sentence = (tokens[i] as Token).sentence;
  let lo = i;
  let hi = i;
  while (lo > 0 && (tokens[lo - 1] as Token).sentence === sentence) lo--;
  while (hi + 1 < tokens.length && (tokens[hi + 1] as Token).sentence === sentence) hi++;
  return tokens
    .slice(lo, hi + 1)
    .map((t) => t.forms[0])
    .join(' ');
}
