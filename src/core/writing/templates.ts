import templateData from '../../data/templates/templates.json';
import blankData from '../../data/templates/blanks.json';
import { glueForScreen } from '../letter/typography.ts';
import { fitsSituation, type WritingSituation } from './situation.ts';
import type { BlankDefinition, LetterTemplate, Localized } from './types.ts';

// Notes and descriptions are read on screen: no-break spaces keep «3–4 недели» together.
// The letter texts themselves stay as typed, since they go into the editor.
const glued = (text: Localized): Localized => Object.fromEntries(Object.entries(text).map(([lang, s]) => [lang, glueForScreen(s, lang)])) as Localized;

export const templates: readonly LetterTemplate[] = (templateData as LetterTemplate[]).map((t) => ({ ...t, note: glued(t.note) }));
export const blanks: Readonly<Record<string, BlankDefinition>> = Object.fromEntries(
  Object.entries(blankData as Record<string, BlankDefinition>).map(([name, b]) => [name, { ...b, description: glued(b.description) }]),
);

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
