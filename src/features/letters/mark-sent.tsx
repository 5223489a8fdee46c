import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today, useLettersStore } from '../../state/letters-store.ts';
import type { WaySent } from '../../state/model.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { draftPrisoner } from './draft-prisoner.ts';
import { calendarDayFormat } from '../../i18n/calendar-day.ts';

/** "Mark as sent": the date and the way it went (post or F-pismo), kept in this prisoner's history on this device. */
export function MarkSent() {
  const { t, i18n } = useTranslation('screens');
  const id = useId();
  const choice = useDraftStore((s) => s.recipient);
  const draftId = useDraftStore((s) => s.draftId);
  const history = useLettersStore((s) => s.history);
  const [date, setDate] = useState(today());
  const [way, setWay] = useState<WaySent>('post');
  const prisoner = draftPrisoner(choice);
  if (!prisoner) return null;
  const sent = [...(history[prisoner.key]?.sent ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  const day = calendarDayFormat(i18n.resolvedLanguage);
  return (
    <section className="tool" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('letters.markHeading')}</h2>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('letters.date')}</label>
          <input id={`${id}-date`} type="date" value={date} max={today()} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-way`}>{t('letters.wayLabel')}</label>
          <select id={`${id}-way`} value={way} onChange={(e) => setWay(e.target.value as WaySent)}>
            <option value="post">{t('letters.way.post')}</option>
            <option value="fpismo">{t('letters.way.fpismo')}</option>
          </select>
        </div>
      </div>
      <button
        type="button"
        className="button"
        disabled={!/^\d{4}-\d{2}-\d{2}$/.test(date)}
        onClick={() => useLettersStore.getState().markSent([{ key: prisoner.key, name: prisoner.name, way, date, draftId }])}
      >
        {t('letters.mark')}
      </button>
      {sent.length > 0 ? (
        <>
          <h3>{t('letters.historyHeading', { name: prisoner.name })}</h3>
          <ul className="sent-history">
            {sent.map((r) => (
              <li key={`${r.date}-${r.way}-${r.draftId ?? ''}`}>{t('letters.sentOn', { date: day.format(new Date(r.date)), way: t(`letters.way.${r.way}`) })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
