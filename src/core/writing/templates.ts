import templateData from '../../data/templates/templates.json';
import blankData from '../../data/templates/blanks.json';
import { fitsSituation, type WritingSituation } from './situation.ts';
import type { BlankDefinition, LetterTemplate } from './types.ts';

export const templates: readonly LetterTemplate[] = templateData as LetterTemplate[];
export const blanks: Readonly<Record<string, BlankDefinition>> = blankData as Record<string, BlankDefinition>;

const BLANK = /\{([a-zA-Z]+)\}/g;

/** The blank names a text uses, in order of first appearance. */
export function blanksIn(text: string): string[] {
  return [...new Set([...text.matchAll(BLANK)].map((m) => m[1] ?? ''))];
}

export function findTemplate(id: string): LetterTemplate | undefined {
  return templates.find((t) => t.id === id);
}

/** The templates that fit the writer's situation (no enclosure claims for an e-letter, say). */
export function templatesFor(situation: WritingSituation = {}): LetterTemplate[] {
  return templates.filter((t) => fitsSituation(t, situation));
}
