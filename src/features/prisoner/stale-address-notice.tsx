import { useTranslation } from 'react-i18next';
import { useRecipient } from './use-recipient.ts';
import { calendarDayFormat } from '../../i18n/calendar-day.ts';

// The project's own site (docs/sources.md): its address pages move, its home page does not.
const MEMORIAL_URL = 'https://memopzk.org/';

/**
 * A directory entry whose address its own source calls out of date (a SIZO address from before
 * the verdict) is said so on every step where the writer spends effort or money on it, not only
 * where it was chosen (third native review, item 1).
 */
export function StaleAddressNotice() {
  const { t, i18n } = useTranslation('screens');
  const record = useRecipient()?.record;
  if (!record?.addressMayBeStale) return null;
  const lang = i18n.resolvedLanguage === 'ru' ? 'ru' : 'en-GB';
  // Russian dates end in «г.», and the sentence puts its own full stop after the date: one is enough.
  const date = calendarDayFormat(lang).format(new Date(record.checkedAt)).replace(/\.$/, '');
  return (
    <p className="notice notice-warn" role="note">
      {t('prisoner.staleWarning', { date })}{' '}
      {/* Where the current address can be looked up (fourth native review, item 3); opened only on click. */}
      <a href={MEMORIAL_URL} target="_blank" rel="noopener noreferrer">
        {t('prisoner.staleListLink')}
      </a>{' '}
      · <a href="#/prisoner">{t('prisoner.staleChange')}</a>
    </p>
  );
}
