import type { Hit } from './types.ts';

// The scoring of ../shared/tools/score-checker.py, in TypeScript so that `npm run eval` and
// the regression test call the core directly: a letter's sentences are joined by one space;
// a labelled sentence is caught when a high or medium finding with one of its labels
// overlaps it; a clean sentence with any high or medium finding is a false alarm.

export interface LabelledLetter {
  id: string;
  note?: string;
  sentences: [string, string[]][];
}

export interface Score {
  flagged: number;
  caught: number;
  clean: number;
  alarms: number;
  perCategory: Map<string, { caught: number; labelled: number }>;
  notes: string[];
}

export function scoreLetters(letters: readonly LabelledLetter[], find: (text: string) => Hit[]): Score {
  const score: Score = { flagged: 0, caught: 0, clean: 0, alarms: 0, perCategory: new Map(), notes: [] };
  for (const letter of letters) {
    let text = '';
    const spans: { start: number; end: number; cats: string[]; sent: string }[] = [];
    for (const [sent, cats] of letter.sentences) {
      if (text) text += ' ';
      spans.push({ start: text.length, end: text.length + sent.length, cats, sent });
      text += sent;
    }
    const strong = find(text).filter((f) => f.severity !== 'low');
    for (const s of spans) {
      const hits = strong.filter((f) => f.start < s.end && f.end > s.start);
      if (s.cats.length) {
        score.flagged++;
        const ok = hits.some((f) => s.cats.includes(f.category));
        if (ok) score.caught++;
        for (const c of s.cats) {
          const t = score.perCategory.get(c) ?? { caught: 0, labelled: 0 };
          t.labelled++;
          if (ok) t.caught++;
          score.perCategory.set(c, t);
        }
        if (!ok) score.notes.push(`miss [${s.cats.join(',')}] ${letter.id}: ${s.sent.slice(0, 90)}`);
      } else {
        score.clean++;
        if (hits.length) {
          score.alarms++;
          score.notes.push(`alarm ${hits.map((h) => h.rule).join(',')} ${letter.id}: ${s.sent.slice(0, 90)}`);
        }
      }
    }
  }
  return score;
}

export const recall = (s: Score) => (s.flagged ? s.caught / s.flagged : 0);
export const falseAlarmRate = (s: Score) => (s.clean ? s.alarms / s.clean : 0);
