import { allMatches } from '../matches.ts';
import type { Hit } from '../types.ts';

// Japanese, Chinese, Korean, Arabic, Hebrew, Georgian, Armenian, Greek… The censor cannot read
// them at all: a letter with them waits for a translator or is stopped.
const QUICK = /[\u0370-\u03ff\u0530-\u058f\u0590-\u08ff\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const RUN =
  /[\p{Script=Greek}\p{Script=Armenian}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Thai}\p{Script=Georgian}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\p{Script=Hangul}](?:[\s\p{P}ー]*[\p{Script=Greek}\p{Script=Armenian}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Thai}\p{Script=Georgian}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\p{Script=Hangul}ー])*/gu;

export function findOtherScripts(text: string): Hit[] {
  if (!QUICK.test(text)) return [];
  return allMatches(RUN, text).map((m) => ({
    category: 'foreign' as const,
    severity: 'high' as const,
    start: m.index,
    end: m.index + m[0].length,
    rule: 'other-script',
    words: [m[0]],
  }));
}
