import { useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteRescued, onRescuedChange, readRescued, rescuedCopies, type RescuedCopy } from '../../state/rescued.ts';
import { today } from '../../state/letters-store.ts';
import { downloadExport } from '../export/download.ts';

/** Saved data that could not be read, kept unchanged: seen, downloaded or deleted here. */
export function RescuedSection() {
  const { t, i18n } = useTranslation('screens');
  const id = useId();
  const copies = useSyncExternalStore(onRescuedChange, rescuedCopies, rescuedCopies);
  if (copies.length === 0) return null;
  const date = (c: RescuedCopy) => new Date(c.at).toLocaleString(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' });
  const save = (c: RescuedCopy) => {
    const raw = readRescued(c.id);
    if (raw !== null) downloadExport({ kind: 'kept', from: c.from }, raw, 'application/json', { day: today(new Date(c.at)) });
  };
  const remove = (c: RescuedCopy) => {
    if (window.confirm(t('privacy.rescuedDeleteConfirm'))) deleteRescued(c.id);
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('privacy.rescuedHeading')}</h2>
      <p>{t('privacy.rescuedText')}</p>
      <ul className="plain-list">
        {copies.map((c) => {
          const label = t('privacy.rescuedItem', {
            date: date(c),
            reason: t(`privacy.rescuedReason.${c.reason}`),
            size: c.size.toLocaleString(i18n.resolvedLanguage),
            where: t(c.stored ? 'privacy.rescuedStored' : 'privacy.rescuedInMemory'),
          });
          return (
            <li key={c.id} className="rescued-copy">
              <span>{label}</span>{' '}
              <button type="button" className="button button-secondary" aria-label={`${t('privacy.rescuedDownload')}: ${label}`} onClick={() => save(c)}>
                {t('privacy.rescuedDownload')}
              </button>{' '}
              <button type="button" className="button button-secondary" aria-label={`${t('privacy.rescuedDelete')}: ${label}`} onClick={() => remove(c)}>
                {t('privacy.rescuedDelete')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
