import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edited } from '../../core/writing/splice.ts';
import { FindingCard } from './finding-card.tsx';
import { applyReplacement, groupFindings, removeSentences, type ActionableFinding, type FindingGroup } from './finding-groups.ts';

interface Props {
  text: string;
  findings: readonly ActionableFinding[];
  /** Puts a fixed letter in place, with a message saying what was done (for the undo bar). */
  onAct(edit: Edited, message: string): void;
  /** Shows the passage in the editor, selected. */
  onShow(start: number, end: number): void;
  /** Prefix for the cards' ids, so marks can point at them. */
  idPrefix?: string;
}

/** The findings as cards, high risk first, each with its one-click fixes. */
export function FindingList({ text, findings, onAct, onShow, idPrefix = 'finding' }: Props) {
  const { t } = useTranslation('screens');
  const groups = useMemo(() => groupFindings(text, findings), [text, findings]);
  const actions = {
    onShow: (g: FindingGroup) => {
      const f = g.findings[0];
      if (f) onShow(f.start, f.end);
    },
    onRemove: (g: FindingGroup) => onAct(removeSentences(text, g), t('check.removed')),
    onReplace: (g: FindingGroup) => onAct(applyReplacement(text, g), t('check.replaced', { text: g.replacement ?? '' })),
  };
  return (
    <ol className="findings">
      {groups.map((g, i) => (
        <FindingCard key={g.key} group={g} id={`${idPrefix}-${i}`} actions={actions} />
      ))}
    </ol>
  );
}

/** The card index for each finding, so a mark in the letter can point at its card. */
export function cardIndexOf(text: string, findings: readonly ActionableFinding[]): Map<ActionableFinding, number> {
  const index = new Map<ActionableFinding, number>();
  groupFindings(text, findings).forEach((g, i) => g.findings.forEach((f) => index.set(f, i)));
  return index;
}
