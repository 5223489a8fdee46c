import { describe, expect, it } from 'vitest';
import { findHits } from './index.ts';
import type { Category } from './types.ts';

// Shared by the checker's table tests by class (never imported by the app): each class lists
// risky sentences that must fire in its category and innocent look-alikes that must stay quiet.

/** What the writer is shown as risky: high and medium findings (low ones are only hints). */
export const strong = (text: string) => findHits(text).filter((h) => h.severity !== 'low');

/** A quiet sentence's findings as «rule «passage»», so a failure names the rule to blame. */
export const shown = (text: string) => strong(text).map((h) => `${h.rule} «${text.slice(h.start, h.end)}»`);

export interface ClassRow {
  /** `none` for a row of look-alikes only (no risky sentence). */
  category: Category | 'none';
  name: string;
  fires: string[];
  quiet: string[];
}

/**
 * One describe per class: every risky sentence fires in the category, every look-alike shows
 * nothing — or, with `quietIn: 'category'`, nothing in the class's own category (for classes whose
 * look-alikes may rightly carry a finding of another kind).
 */
export function describeClasses(rows: readonly ClassRow[], options: { quietIn?: 'all' | 'category' } = {}): void {
  describe.each(rows)('$name', ({ category, fires, quiet }) => {
    it.each(fires)('fires: «%s»', (text) => expect(strong(text).map((h) => h.category)).toContain(category));
    if (options.quietIn === 'category') {
      it.each(quiet)('quiet in its category: «%s»', (text) => expect(strong(text).filter((h) => h.category === category)).toEqual([]));
    } else it.each(quiet)('quiet: «%s»', (text) => expect(shown(text)).toEqual([]));
  });
}
