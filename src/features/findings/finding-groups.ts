import type { Finding, Severity } from '../../core/checker/index.ts';
import { cyrillicNames, translit } from '../../core/translit/index.ts';
import { removeSentence, sentenceSpan, spliceText, type Edited } from '../../core/writing/splice.ts';

/** What the checker may add to a finding: an English meaning of the passage and a ready replacement. */
export type ActionableFinding = Finding & { gloss?: string; replacement?: string };

/** One passage as the writer acts on it: the same words flagged by the same rule are one card. */
export interface FindingGroup {
  key: string;
  severity: Severity;
  passage: string;
  /** Every place it occurs, in text order. */
  findings: ActionableFinding[];
  /** A wording that can replace the passage as it is, or null when only advice can help. */
  replacement: string | null;
}

const rank: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * A ready replacement: the checker's own, else the Cyrillic spelling of a Latin name
 * (Jane → Джейн) or of Russian typed in Latin (privet → привет).
 */
export function replacementFor(finding: ActionableFinding, passage: string): string | null {
  if (finding.replacement) return finding.replacement;
  if (finding.rule === 'translit') return translit(passage);
  if (finding.rule === 'latin-word' && /^\p{Lu}/u.test(passage)) return cyrillicNames(passage);
  return null;
}

/** Findings as cards: duplicates merged, high risk first, then in the order of the letter. */
export function groupFindings(text: string, findings: readonly ActionableFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const passage = text.slice(f.start, f.end);
    const key = `${f.rule}\u0000${passage.toLowerCase()}`;
    const group = groups.get(key);
    if (group) group.findings.push(f);
    else groups.set(key, { key, severity: f.severity, passage, findings: [f], replacement: replacementFor(f, passage) });
  }
  return [...groups.values()].sort((a, b) => rank[a.severity] - rank[b.severity] || (a.findings[0]?.start ?? 0) - (b.findings[0]?.start ?? 0));
}

/** Applies an edit at each place, last first, so the offsets of the earlier places stay valid. */
function atEachPlace(text: string, places: readonly { start: number; end: number }[], edit: (text: string, start: number, end: number) => Edited): Edited {
  let result: Edited = { text, caret: text.length };
  for (const p of [...places].sort((a, b) => b.start - a.start)) result = edit(result.text, p.start, p.end);
  return result;
}

/** Puts the replacement in every place the passage was flagged. */
export function applyReplacement(text: string, group: FindingGroup): Edited {
  const replacement = group.replacement ?? '';
  return atEachPlace(text, group.findings, (current, start, end) => spliceText(current, start, end, replacement));
}

/** Removes every sentence in which the passage was flagged (once, when it occurs twice in one sentence). */
export function removeSentences(text: string, group: FindingGroup): Edited {
  const spans = new Map<number, { start: number; end: number }>();
  for (const f of group.findings) {
    const span = sentenceSpan(text, f.start, f.end);
    spans.set(span.start, span);
  }
  return atEachPlace(text, [...spans.values()], (current, start) => removeSentence(current, start, start));
}
