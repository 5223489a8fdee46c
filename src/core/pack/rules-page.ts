import type { FontMetrics } from '../pdf/font-metrics.ts';
import type { LayoutPage } from '../pdf/layout-types.ts';
import { A4 } from '../pdf/units.ts';
import { PT, TextSetter } from './text-block.ts';
import type { Translate } from './types.ts';

/** The rules in the order they are printed; texts in locales/<lang>/batch.json, pack.rules.<id>, condensed from the guide. */
export const RULES = ['russian', 'topics', 'case', 'politics', 'yourself', 'avoid', 'hope', 'faith', 'sign', 'reply', 'enclosures'] as const;

const MARGIN = { left: 22, right: 22, top: 22 };

/** One A4 page to lay on the tables of a letter evening. */
export function layoutRulesPage(t: Translate, fonts: { sans: FontMetrics; serif: FontMetrics }): { page: LayoutPage; missing: Set<number> } {
  const set = new TextSetter({ sans: fonts.sans, serif: fonts.serif });
  const width = A4.widthMm - MARGIN.left - MARGIN.right;
  const at = (y: number, indent = 0) => ({ x: MARGIN.left + indent, y, width: width - indent });
  let y = MARGIN.top;
  y = set.paragraph(t('pack.rules.title'), at(y), { font: 'serif', size: 18 * PT, ink: 'black', role: 'header' }) + 1;
  y = set.paragraph(t('pack.rules.subtitle'), at(y), { font: 'sans', size: 11 * PT, ink: 'blue', role: 'label' }) + 5;
  RULES.forEach((id, i) => {
    set.paragraph(`${i + 1}.`, at(y), { font: 'sans', size: 13 * PT, ink: 'blue', role: 'label' });
    y = set.paragraph(t(`pack.rules.${id}.heading`), at(y, 8), { font: 'sans', size: 13 * PT, ink: 'black', role: 'header' });
    y = set.paragraph(t(`pack.rules.${id}.text`), at(y, 8), { font: 'sans', size: 11.5 * PT, ink: 'black', role: 'body' }) + 3.5;
  });
  y += 2;
  set.paragraph(t('pack.rules.footer'), at(y), { font: 'sans', size: 9.5 * PT, ink: 'blue', role: 'label' });
  return { page: { widthMm: A4.widthMm, heightMm: A4.heightMm, items: set.items }, missing: set.missing };
}
