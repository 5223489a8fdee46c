import { createIncrementalCheck, type Finding, type Lang } from '../../core/checker/index.ts';

/**
 * The editor's check as the writer types: the checker's incremental check re-checks only the
 * paragraphs a keystroke changed and returns exactly what the full check would. One per
 * language, kept for the page, so moving between steps keeps its memory.
 */
const checkers = { ru: createIncrementalCheck(), en: createIncrementalCheck() };

/** Where the editor's marks are cut into pieces drawn on their own: after a blank line, or a line ending a sentence. */
export function pieceStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    let j = i - 1;
    while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
    const before = text[j] ?? '\n';
    if (before === '\n' || /[.!?…»")]/.test(before)) starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

export function liveFindings(text: string, lang: Lang): Finding[] {
  return checkers[lang].check(text, { lang });
}
