import { useTranslation } from 'react-i18next';
import type { FindingGroup } from './finding-groups.ts';

export interface CardActions {
  onShow(group: FindingGroup): void;
  onRemove(group: FindingGroup): void;
  onReplace(group: FindingGroup): void;
}

/** One flagged passage: what it is, what it means, why it may be stopped, and what to do in one click. */
export function FindingCard({ group, id, actions }: { group: FindingGroup; id: string; actions: CardActions }) {
  const { t, i18n } = useTranslation('screens');
  const { t: tc } = useTranslation('checker');
  const first = group.findings[0];
  if (!first) return null;
  const gloss = i18n.resolvedLanguage !== 'ru' ? first.gloss : undefined;
  const count = group.findings.length;
  return (
    <li id={id} tabIndex={-1} className={`finding finding-${group.severity}`}>
      <p className="finding-head">
        <span className={`badge badge-${group.severity}`}>{tc(`severity.${group.severity}`)}</span> <strong>{tc(`category.${first.category}`)}</strong>
        {count > 1 ? <span className="hint"> · {t('check.times', { count })}</span> : null}
      </p>
      <dl>
        <dt>{t('check.passage')}</dt>
        <dd lang="ru">«{group.passage}»</dd>
        {gloss ? (
          <>
            <dt>{t('check.meaning')}</dt>
            <dd>{gloss}</dd>
          </>
        ) : null}
        <dt>{t('check.why')}</dt>
        <dd>{first.message}</dd>
        <dt>{t('check.instead')}</dt>
        <dd>{first.suggestion}</dd>
      </dl>
      <div className="finding-actions">
        {group.replacement ? (
          <button type="button" className="button button-small" onClick={() => actions.onReplace(group)}>
            {t('check.useReplacement', { text: group.replacement })}
          </button>
        ) : null}
        <button type="button" className="button button-secondary button-small" onClick={() => actions.onRemove(group)}>
          {t('check.removeSentence')}
        </button>
        <button type="button" className="link-button" onClick={() => actions.onShow(group)}>
          {t('check.show')}
        </button>
      </div>
    </li>
  );
}
