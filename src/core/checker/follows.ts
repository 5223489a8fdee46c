import type { RuleData } from './rule-types.ts';
import { firstEndingAfter } from './lexicon.ts';
import type { Token } from './tokenise.ts';
import type { Hit } from './types.ts';

// A censor reads a letter, not a list of sentences: «Я ничего не сказала» after «следователь
// вызывал меня на допрос» is testimony, though it names nothing. Rules marked `follows` keep
// their hits only where a finding of a named category stands in the same sentence or
// one of the two before it (the block is one paragraph, so context never crosses one).
const REACH = 2;

/** Drops findings that a quiet rule's match overlaps (and the quiet matches themselves). */
export function applyQuiet(hits: readonly Hit[], rules: ReadonlyMap<string, RuleData>): readonly Hit[] {
  const quiet = hits.filter((h) => rules.get(h.rule)?.quiet);
  if (quiet.length === 0) return hits;
  return hits.filter((h) => {
    if (rules.get(h.rule)?.quiet) return false;
    return !quiet.some((q) => q.start < h.end && h.start < q.end && rules.get(q.rule)?.quiet?.includes(h.category));
  });
}

export function keepFollowUps(hits: readonly Hit[], tokens: readonly Token[], rules: ReadonlyMap<string, RuleData>): readonly Hit[] {
  if (!hits.some((h) => rules.get(h.rule)?.follows)) return hits;
  const sentenceOf = (h: Hit) => (tokens[firstEndingAfter(tokens, h.start)] as Token | undefined)?.sentence ?? 0;
  const anchors = new Map<string, Set<number>>();
  const anchor = (h: Hit, s: number) => {
    const set = anchors.get(h.category) ?? new Set<number>();
    set.add(s);
    anchors.set(h.category, set);
  };
  const out: Hit[] = [];
  const pending: { h: Hit; s: number; follows: readonly string[] }[] = [];
  for (const h of hits) {
    const follows = rules.get(h.rule)?.follows;
    const s = sentenceOf(h);
    if (follows) pending.push({ h, s, follows });
    else {
      out.push(h);
      // Even a hint anchors a continuation: «положила в конверт несколько вещей. Там жвачка…»
      anchor(h, s);
    }
  }
  // In reading order, so that one continuation may carry the context to the next.
  pending.sort((a, b) => a.s - b.s);
  for (const { h, s, follows } of pending) {
    const near = follows.some((c) => {
      const set = anchors.get(c);
      if (!set) return false;
      for (let k = s - REACH; k <= s; k++) if (set.has(k)) return true;
      return false;
    });
    if (!near) continue;
    out.push(h);
    anchor(h, s);
  }
  return out;
}

const ACROSTIC_RULES = new Set(['code.acrostic', 'code.acrostic-read']);
const READ_LETTERS = /(?:прочита|прочт|читай|сложи|посмотри)[\s\S]*букв/iu;

function sentenceAround(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('!', at), text.lastIndexOf('?', at), text.lastIndexOf('\n', at)) + 1;
  const ends = ['.', '!', '?', '\n'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return text.slice(from, ends.length ? Math.min(...ends) : text.length);
}
const SHORT_LINE = 10;
const VERSE_BREAK = /\s\/\s/u;
const VOWEL = /[аеёиоуыэюяaeiouy]/iu;
// A closing («Твоя Полина», «Пока-пока, пиши!», «Обнимаю, мама») ends the letter, not a poem:
// it never counts as a line of the hidden message, and a run stops at it.
const SIGN_OFF = /^\s*(?:тво[йяи]|ваш[аи]?|обнимаю|обнимаем|целую|целуем|пока|до свидания|до встречи|с уважением|с любовью|жду|пиши|пишите|poka|obnimayu|tseluyu)(?![а-яёa-z])/iu;
const SIGN_OFF_MAX = 4;

/**
 * The lines of a hidden message: a run of short sentences holding three or more lines of verse (a
 * poem, one line a sentence or several joined by « / ») right before or after an instruction to read
 * the first letters. Each line is a finding of its own, so the
 * writer sees which lines carry the message.
 */
export function acrosticLines(hits: readonly Hit[], tokens: readonly Token[], text: string): Hit[] {
  // Only an instruction to *read* first letters («прочитай первые буквы»), not «между строк».
  const instructions = hits.filter((h) => ACROSTIC_RULES.has(h.rule) && READ_LETTERS.test(sentenceAround(text, h.start)));
  if (instructions.length === 0 || tokens.length === 0) return [];
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (!first.has(t.sentence)) first.set(t.sentence, i);
    last.set(t.sentence, i);
  });
  // How many lines of verse sentence `s` holds: 1 for a short sentence, more for a poem written
  // inline with « / » between its lines («Жёлтый лист упал на крышу, / Дождь стучит в моё окно.»);
  // 0 when it is no line at all.
  const linesIn = (s: number): number => {
    const a = first.get(s);
    const b = last.get(s);
    if (a === undefined || b === undefined || !(tokens[a] as Token).cap) return 0;
    const span = text.slice((tokens[a] as Token).start, (tokens[b] as Token).end);
    const lines = span.split(VERSE_BREAK).length;
    if (b - a + 1 > SHORT_LINE * lines) return 0;
    return b - a + 1 <= SIGN_OFF_MAX && SIGN_OFF.test(span) ? 0 : lines;
  };
  // The first letter of each line of sentence `s` (one per « / »-joined line).
  const initials = (s: number): string =>
    text
      .slice((tokens[first.get(s) as number] as Token).start, (tokens[last.get(s) as number] as Token).end)
      .split(VERSE_BREAK)
      .map((line) => line.trim().charAt(0))
      .join('');
  const out: Hit[] = [];
  const seen = new Set<number>();
  for (const h of instructions) {
    const s0 = (tokens[firstEndingAfter(tokens, h.start)] as Token | undefined)?.sentence;
    if (s0 === undefined) continue;
    for (const step of [1, -1]) {
      const run: number[] = [];
      let lines = 0;
      // A poem joined by « / » is whole in its sentences: the run takes no plain sentence after it
      // («Держись, у тебя много друзей.», a signature).
      const slashed = linesIn(s0 + step) > 1;
      for (let s = s0 + step, n = linesIn(s); n > (slashed ? 1 : 0) && run.length < 12; s += step, n = linesIn(s)) {
        run.push(s);
        lines += n;
      }
      // The lines' first letters spell the message: a run with no vowel among them spells no word
      // («Как Вы себя чувствуете?» / «Мама передаёт…» / «Хава.» after the poem is the letter's close).
      if (lines < 3 || !run.some((s) => VOWEL.test(initials(s)))) continue;
      for (const s of run) {
        if (seen.has(s)) continue;
        seen.add(s);
        out.push({ category: 'code', severity: 'high', start: (tokens[first.get(s) as number] as Token).start, end: (tokens[last.get(s) as number] as Token).end, rule: 'acrostic-lines' });
      }
    }
  }
  return out;
}
