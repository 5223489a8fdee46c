import { useTranslation } from 'react-i18next';
import { lastSent, useLettersStore } from '../../state/letters-store.ts';
import { draftPrisoner } from './draft-prisoner.ts';
import { calendarDayFormat } from '../../i18n/calendar-day.ts';

/**
 * Every letter in progress, each to its own prisoner, with when the writer last sent one to
 * that person: open one to work on it, start another, or delete one. All of it stays on this device.
 */
export function LettersPanel() {
  const { t, i18n } = useTranslation('screens');
  const drafts = useLettersStore((s) => s.drafts);
  const activeId = useLettersStore((s) => s.activeDraftId);
  const history = useLettersStore((s) => s.history);
  const { createDraft, openDraft, deleteDraft } = useLettersStore.getState();
  const day = calendarDayFormat(i18n.resolvedLanguage);
  return (
    <section className="letters-panel" aria-labelledby="letters-h">
      <h2 id="letters-h">{t('letters.heading')}</h2>
      <ul className="letters">
        {drafts.map((d, i) => {
          const prisoner = draftPrisoner(d.recipient);
          const sent = prisoner ? lastSent(history, prisoner.key) : null;
          const active = d.id === activeId;
          const title = prisoner?.name ?? t('letters.noPrisoner', { n: i + 1 });
          return (
            <li key={d.id} className={active ? 'is-active' : undefined} aria-current={active ? 'true' : undefined}>
              <span className="letters-title" lang="ru">
                {title}
              </span>
              <span className="hint">
                {d.body.trim() ? t('letters.chars', { count: d.body.trim().length }) : t('letters.empty')}
                {' · '}
                {sent ? t('letters.lastSent', { date: day.format(new Date(sent.date)), way: t(`letters.way.${sent.way}`) }) : t('letters.neverSent')}
              </span>
              <span className="button-row">
                {active ? (
                  <span className="badge">{t('letters.open')}</span>
                ) : (
                  <button type="button" className="button button-secondary button-small" onClick={() => openDraft(d.id)}>
                    {t('letters.switch', { name: title })}
                  </button>
                )}
                {drafts.length > 1 ? (
                  <button type="button" className="link-button" onClick={() => window.confirm(t('letters.deleteConfirm', { name: title })) && deleteDraft(d.id)}>
                    {t('letters.delete')}
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button-secondary" onClick={() => createDraft()}>
        {t('letters.new')}
      </button>
    </section>
  );
}
