import { allMatches } from '../matches.ts';
import type { Hit } from '../types.ts';

// Censors treat correspondence chess as a cipher: a move (e2-e4, Кg1-f3, 1. e4 e5, Black's 1... c5) is a
// string of letters and digits they cannot read. Squares are a–h and 1–8; pieces are written
// Кр, Ф, Л, С, К in Russian notation (often typed with Latin look-alikes), K, Q, R, B, N in English.
const PIECE = '(?:Кр|Kp|[КФЛСKQRBNC])';
const SQUARE = '[a-h][1-8]';
// A move from square to square is also typed with capitals or Cyrillic look-alikes («Е2-Е4», «C2-C4»);
// only in that two-square form, where «А4» cannot be a paper size alone.
const SQUARE_ANY = '[a-hA-HаАсСеЕ][1-8]';
const PIECE_WORD = '(?<![\\p{L}])(?:[Фф]ерз[ьяюеёи]\\p{L}*|[Кк]он[ьяюеёи]\\p{L}*|[Лл]адь[яиюёе]\\p{L}*|[Сс]лон\\p{L}*|[Пп]ешк\\p{L}*|[Кк]орол[ьяюеёи]\\p{L}*)';
const NOTATION = new RegExp(
  [
    `(?<![\\p{L}\\d])${PIECE}?${SQUARE}\\s*[-–—x:]\\s*${PIECE}?${SQUARE}(?![\\p{L}\\d])`,
    `(?<![\\p{L}\\d])${SQUARE_ANY}\\s*[-–—]\\s*${SQUARE_ANY}(?![\\p{L}\\d])`,
    `(?<![\\p{L}\\d])${PIECE}${SQUARE}(?![\\p{L}\\d])`,
    `(?<![\\p{L}\\d])\\d{1,3}\\.(?:\\.\\.|…)?\\s*${PIECE}?${SQUARE}(?:\\s+${PIECE}?${SQUARE})?(?![\\p{L}\\d])`,
    // A piece named in words and a square (Ферзь на d5, конь с g1 на f3), or a square to a square in words.
    `${PIECE_WORD}(?:\\s+(?:с|на|бьёт|бьет|берёт|берет|идёт|идет|ходит|пош[её]л|встал|стоит)(?:\\s+на)?)?\\s+${SQUARE}(?:\\s+(?:на|-|–)\\s+${SQUARE})?(?![\\p{L}\\d])`,
    `(?<![\\p{L}\\d])(?:с\\s+)?${SQUARE}\\s+на\\s+${SQUARE}(?![\\p{L}\\d])`,
  ].join('|'),
  'gu',
);

export function findChessMoves(text: string): Hit[] {
  if (!/[a-hA-HаАсСеЕ][1-8]/.test(text)) return [];
  return allMatches(NOTATION, text).map((m) => ({
    category: 'code' as const,
    severity: 'high' as const,
    start: m.index,
    end: m.index + m[0].length,
    rule: 'chess-notation',
    words: [m[0]],
  }));
}
