import { perSpelling, type Token } from '../tokenise.ts';
import { boundedMemo } from '../memo.ts';
import type { Hit } from '../types.ts';
import type { DetectorInput } from './context.ts';

// Мат stops a letter (the projects' advice; censors treat it as insulting). Roots are
// matched at a word's start or after a verbal prefix, never anywhere inside a word, so
// употреблять, корабля, рубля, мандарин, скипидар, застрахую, хлеба stay clean.

const PREFIX = '(?:на|по|о|об|объ|от|отъ|за|ни|до|под|подъ|ох|вы|у|пере|раз|рас|разъ|съ|въ|вз|взъ|при|про|из|изъ|недо|долбо|а)?';
const ROOTS = new RegExp(
  '^(?:' +
    [
      `${PREFIX}ху[йяеюи]`,
      '\\p{L}*пизд',
      // Not Ёбург / Ебург, the nickname of Yekaterinburg.
      `${PREFIX}еб(?!ург)(?:[аеиоуыл]|$|н[уи])`,
      'бля(?!х|ш)',
      'муд(?:ак|ач|ил|оз)',
      'пид(?:ор|ар|р)',
      'сук(?:а|и|е|у|ой|ами|ам|ах|ин|ины|ину|ином)?$',
      'сучар',
      'г[ао]ндон',
      'залуп',
      'манд(?:а|ы|е|у|ой)$',
      'мандавош',
      'шлюх',
    ].join('|') +
    ')',
  'u',
);
// Full words the masks may stand for: «бл*», «х**», «п@здец».
const MASKABLE = (
  'хуй хуя хуе хуи хую хуем хуево хуево хуйня хуйню нахуй нахуя похуй охуеть охуел охуенно пизда пизде пизду пизды пиздец пиздато ' +
  'пиздеж распиздяй бля блядь блять бляди ебать ебал ебало ебаный ебаная ебаное ебаные ебаного ебаной ебаную ебанный ебанная ебан ебанат ебанутый ебнутый заебал заебись уебок сука суки сучара мудак мудила мудило ' +
  'пидор пидорас пидарас гандон гондон залупа хер херня нахер похер жопа жопу говно говна гавно срать сраный ебучий блядский сучка долбоеб долбаеб хуевый хуевая охуенный пиздатый ' +
  // More word forms, so that a mask in the middle of any of them is read (оху..ли, у*бки, п*дорам).
  'охуели охуела охуевший охуеваю нихуя хуево хуйло хуесос пиздят пиздеть пиздит пиздюк пиздюли пизданутый ебут ебет выебал заебали заебало заебался ' +
  'уебище уебки уебок уебан уебищ уебков ебанько ебаньки блядская блядское блядские бляди блядей блядина сучий суки сучки сучье мудаки мудачье пидоры пидорам пидорасы пидоров ' +
  'хера херов херовый херово хрен хрена хреново хреновый нахрен похрен жопе жопой говном засранец засранцы'
).split(' ');

export const isObsceneWord: (word: string) => boolean = boundedMemo(50_000, (word) => ROOTS.test(word));

/** A word with letters hidden (бл*дь, х.й, *уй) that can only be a mat word. */
export function isMaskedObscene(raw: string): boolean {
  const w = raw.toLowerCase().replace(/ё/g, 'е');
  const letters = w.replace(/[*#@.$%_]/g, '');
  if (!/^[а-я]+$/.test(letters) || letters.length === 0 || letters === w) return false;
  // A leading mask (*уй) hides at most the first letter or two.
  const pattern = new RegExp(`^${w.replace(/[*#@.$%_]+/g, '[а-я]{0,4}')}$`, 'u');
  return MASKABLE.some((m) => pattern.test(m));
}

// Digits and Latin letters that stand in for Cyrillic ones (e6aть, xyй, n3дец).
const LOOKALIKE: Record<string, string> = { '6': 'б', '3': 'з', '0': 'о', '4': 'ч', a: 'а', b: 'в', c: 'с', e: 'е', k: 'к', m: 'м', n: 'п', o: 'о', p: 'р', r: 'г', t: 'т', u: 'и', x: 'х', y: 'у', h: 'н' };
// Both are asked between every two words, so they read characters instead of slicing strings.
const GLUE_CHARS = '.*#@$%_';
const MASK_CHARS = '*#@';

/** What lies between two words glues them into one: at most four of . * # @ $ % _ (or nothing). */
function isGlue(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) if (!GLUE_CHARS.includes(text[k] as string)) return false;
  return true;
}

/** One to three mask characters right before a word (*уй), or ''. */
function leadingMask(text: string, start: number): string {
  let k = start;
  while (k > Math.max(0, start - 3) && MASK_CHARS.includes(text[k - 1] as string)) k--;
  return text.slice(k, start);
}

/**
 * Words the tokeniser splits because letters are hidden or disguised (б..ть, х.й, *уй, e6aть):
 * runs of tokens glued by masks or by nothing at all, read back as one word.
 */
function disguisedWords(text: string, tokens: readonly Token[]): { start: number; end: number; masked: boolean }[] {
  const out: { start: number; end: number; masked: boolean }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    const lead = leadingMask(text, first.start);
    let j = i;
    while (j + 1 < tokens.length && isGlue(text, (tokens[j] as Token).end, (tokens[j + 1] as Token).start)) j++;
    if (j > i || lead) {
      const start = first.start - lead.length;
      const end = (tokens[j] as Token).end;
      let plain = '';
      for (const ch of text.slice(start, end).toLowerCase()) plain += LOOKALIKE[ch] ?? ch;
      const masked = /[*#@.$%_]/.test(plain);
      const letters = plain.replace(/[^а-яё]/gu, '');
      if (letters.length >= 2 && /[а-яё]/u.test(plain) && (masked ? isMaskedObscene(plain) : /^[а-яё]+$/u.test(plain) && isObsceneWord(plain.replace(/ё/g, 'е')))) {
        out.push({ start, end, masked });
      }
    }
    i = j + 1;
  }
  return out;
}

/** The rule a word on its own breaks: 'mat-masked', 'mat', or '' (none). */
const obsceneRule = perSpelling((t: Token): string => {
  if (t.script !== 'cyr' && t.script !== 'mixed') return '';
  const masked = t.masked && isMaskedObscene(t.raw);
  return masked ? 'mat-masked' : t.forms.some(isObsceneWord) ? 'mat' : '';
});

export function detectObscene({ text, tokens }: DetectorInput): Hit[] {
  const hits: Hit[] = [];
  for (const t of tokens) {
    const rule = obsceneRule(t);
    if (rule) hits.push(hit(t, rule));
  }
  for (const d of disguisedWords(text, tokens)) hits.push({ category: 'obscene', severity: 'high', start: d.start, end: d.end, rule: d.masked ? 'mat-masked' : 'mat' });
  return hits;
}

function hit(t: Token, rule: string): Hit {
  return { category: 'obscene', severity: 'high', start: t.start, end: t.end, rule };
}
