import { useTranslation } from 'react-i18next';
import { transliterate } from '../../core/address/index.ts';
import { formatFullName } from '../../core/names/index.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { lastSent, prisonerKey, useLettersStore } from '../../state/letters-store.ts';
import { directory } from './recipient.ts';
import { calendarDayFormat } from '../../i18n/calendar-day.ts';

/** The bundled directory as a radio group: one choice, keyboard-friendly out of the box. */
export function DirectoryList() {
  const { t, i18n } = useTranslation('screens');
  const recipient = useDraftStore((s) => s.recipient);
  const chooseRecipient = useDraftStore((s) => s.chooseRecipient);
  const history = useLettersStore((s) => s.history);
  const lang = i18n.resolvedLanguage === 'ru' ? 'ru' : 'en';
  const chosenId = recipient?.kind === 'directory' ? recipient.prisonerId : null;
  // British English dates ("17 March 2023"), like the rest of the English texts. They are calendar
  // days ("2023-03-17", read as midnight UTC): shown in UTC, they are the same day everywhere, and
  // the same as in the first screen the build draws (src/first-screen).
  const dateFormat = calendarDayFormat(lang);
  return (
    <fieldset className="directory">
      <legend>{t('prisoner.directoryHeading')}</legend>
      {directory().map((p) => {
        const name = formatFullName(p);
        const sent = lastSent(history, prisonerKey({ id: p.id }));
        return (
          <label key={p.id} className={`prisoner-card${chosenId === p.id ? ' is-chosen' : ''}`}>
            <input type="radio" name="prisoner" value={p.id} checked={chosenId === p.id} onChange={() => chooseRecipient({ kind: 'directory', prisonerId: p.id })} />
            <span className="prisoner-card-body">
              <span className="prisoner-name" lang="ru">
                {name}
              </span>
              {lang !== 'ru' ? <span className="prisoner-latin">{t('prisoner.latinName', { name: transliterate(name, 'passport') })}</span> : null}
              <span className="prisoner-meta">
                {p.birthYear ? t('prisoner.born', { year: p.birthYear }) : null}
                {p.institution ? <span lang="ru"> · {p.institution}</span> : null}
                {p.address.locality ? <span lang="ru"> · {p.address.locality}</span> : null}
              </span>
              <span className="prisoner-last">
                {sent ? t('letters.lastSent', { date: dateFormat.format(new Date(sent.date)), way: t(`letters.way.${sent.way}`) }) : t('letters.neverSent')}
              </span>
              <span className="prisoner-notes">{p.notes[lang]}</span>
              <span className="hint">
                {t('prisoner.checked', { date: dateFormat.format(new Date(p.checkedAt)) })}
                {p.addressMayBeStale ? `: ${t('prisoner.mayBeStale')}` : ''} ·{' '}
                <a href={p.source.url} target="_blank" rel="noopener noreferrer">
                  {t('prisoner.source', { title: lang === 'ru' ? p.source.title : (p.source.titleEn ?? p.source.title) })}
                </a>
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
