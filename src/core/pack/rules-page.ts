import type { FontMetrics } from '../pdf/font-metrics.ts';
import type { LayoutPage } from '../pdf/layout-types.ts';
import { A4 } from '../pdf/units.ts';
import { PT, TextSetter } from './text-block.ts';
import type { Translate } from './types.ts';

/** The rules in the order they are printed; texts in locales/<lang>/batch.json, pack.rules.<id>, condensed from the guide. */
export const RULES = ['russian', 'topics', 'case', 'politics', 'yourself', 'avoid', 'hope', 'faith', 'sign', 'reply', 'enclosures'] as const;

const MARGIN = { left: 22, right: 22, top: 22 };

/** Lowest baseline allowed: the footer must stay on the page, clear of a printer's margin. */
const BOTTOM = A4.heightMm - 12;

function layoutAt(scale: number, t: Translate, fonts: { sans: FontMetrics; serif: FontMetrics }): { setter: TextSetter; bottom: number } {
  const set = new TextSetter({ sans: fonts.sans, serif: fonts.serif });
  const width = A4.widthMm - MARGIN.left - MARGIN.right;
  const at = (y: number, indent = 0) => ({ x: MARGIN.left + indent, y, width: width - indent });
  const pt = PT * scale;
  let y = MARGIN.top;
  y = set.paragraph(t('pack.rules.title'), at(y), { font: 'serif', size: 18 * pt, ink: 'black', role: 'header' }) + 1 * scale;
  y = set.paragraph(t('pack.rules.subtitle'), at(y), { font: 'sans', size: 11 * pt, ink: 'blue', role: 'label' }) + 5 * scale;
  RULES.forEach((id, i) => {
    set.paragraph(`${i + 1}.`, at(y), { font: 'sans', size: 13 * pt, ink: 'blue', role: 'label' });
    y = set.paragraph(t(`pack.rules.${id}.heading`), at(y, 8), { font: 'sans', size: 13 * pt, ink: 'black', role: 'header' });
    y = set.paragraph(t(`pack.rules.${id}.text`), at(y, 8), { font: 'sans', size: 11.5 * pt, ink: 'black', role: 'body' }) + 3.5 * scale;
  });
  y += 2 * scale;
  const after = set.paragraph(t('pack.rules.footer'), at(y), { font: 'sans', size: 9.5 * pt, ink: 'blue', role: 'label' });
  // paragraph() returns the baseline below its last line: the last line itself is one pitch above.
  return { setter: set, bottom: after - 9.5 * pt * 1.35 };
}

/**
 * One A4 page to lay on the tables of a letter evening. Longer texts (a language that needs more
 * words, a rule added to the guide) are set a step smaller until the whole page, footer included,
 * fits: nothing is pushed off the paper unseen.
 */
export function layoutRulesPage(t: Translate, fonts: { sans: FontMetrics; serif: FontMetrics }): { page: LayoutPage; missing: Set<number> } {
  let laid = layoutAt(1, t, fonts);
  for (let scale = 0.95; laid.bottom > BOTTOM && scale >= 0.6; scale -= 0.05) laid = layoutAt(scale, t, fonts);
  return { page: { widthMm: A4.widthMm, heightMm: A4.heightMm, items: laid.setter.items }, missing: laid.setter.missing };
}
