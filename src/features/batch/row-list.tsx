import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddressWarningCode } from '../../core/address/index.ts';
import { parseAddress, transliterate } from '../../core/address/index.ts';
import { searchIndexFor, searchPrisoners, type PrisonerRecord } from '../../core/directory/index.ts';
import { formatFullName } from '../../core/names/index.ts';
import { lastSent, prisonerKey, useLettersStore } from '../../state/letters-store.ts';
import { calendarDayFormat } from '../../i18n/calendar-day.ts';

const PAGE = 50;
// What changes the envelope or where it goes; a missing region line beside a postcode is normal.
const WORTH_SAYING = new Set<AddressWarningCode>(['no-index', 'postcode-unknown', 'postcode-region-mismatch', 'unplaced-part', 'several-indexes', 'recipient-initials', 'no-institution']);

function RowWarnings({ record }: { record: PrisonerRecord }) {
  const { t } = useTranslation('batch');
  const { t: ta } = useTranslation('address');
  const warnings = useMemo(() => parseAddress(record.oneLineAddress).warnings.filter((w) => WORTH_SAYING.has(w.code)), [record]);
  if (warnings.length === 0) return null;
  return (
    <span className="evening-warnings">
      {t('screen.rows.warnings')} {warnings.map((w) => ta(`warnings.${w.code}`, w.params ?? {})).join(' ')}
    </span>
  );
}

/** The people of the chosen list, to choose from; found by name, region, institution or town in either alphabet. */
export function RowList({ records, chosen, onChange }: { records: PrisonerRecord[]; chosen: ReadonlySet<string>; onChange: (next: Set<string>) => void }) {
  const { t, i18n } = useTranslation('batch');
  const id = useId();
  const lang = i18n.resolvedLanguage === 'ru' ? 'ru' : 'en';
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const history = useLettersStore((s) => s.history);
  // The index is built on the first search, not when a long list is first shown.
  const found = useMemo(() => (query.trim() ? searchPrisoners(searchIndexFor(records), query) : records), [query, records]);
  const dateFormat = calendarDayFormat(lang);
  const toggle = (recordId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(recordId);
    else next.delete(recordId);
    onChange(next);
  };
  return (
    <section className="tool" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('screen.rows.heading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('screen.rows.searchLabel')}</label>
        <input id={`${id}-q`} type="search" value={query} aria-describedby={`${id}-q-hint`} onChange={(e) => setQuery(e.target.value)} />
        <p id={`${id}-q-hint`} className="hint">
          {t('screen.rows.searchHint')}
        </p>
      </div>
      <div className="button-row">
        <button type="button" className="button button-secondary button-small" onClick={() => onChange(new Set([...chosen, ...found.map((r) => r.id)]))}>
          {t('screen.rows.all')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => onChange(new Set())}>
          {t('screen.rows.none')}
        </button>
      </div>
      <p role="status" className="hint">
        {t('screen.rows.chosen', { count: chosen.size, total: records.length })}
      </p>
      {found.length === 0 ? <p>{t('screen.rows.noMatch')}</p> : null}
      <ul className="plain-list evening-rows">
        {found.slice(0, shown).map((r) => {
          const name = formatFullName(r);
          const sent = lastSent(history, prisonerKey({ id: r.id }));
          return (
            <li key={r.id}>
              <label className={`prisoner-card${chosen.has(r.id) ? ' is-chosen' : ''}`}>
                <input type="checkbox" checked={chosen.has(r.id)} onChange={(e) => toggle(r.id, e.target.checked)} />
                <span className="prisoner-card-body">
                  <span className="prisoner-name" lang="ru">
                    {name}
                  </span>
                  {lang !== 'ru' ? <span className="prisoner-latin">{t('screen.rows.latin', { name: transliterate(name, 'passport') })}</span> : null}
                  <span className="prisoner-meta">
                    {r.birthYear ? t('screen.rows.born', { year: r.birthYear }) : null}
                    {r.institution ? <span lang="ru"> · {r.institution}</span> : null}
                    {r.address.locality ? <span lang="ru"> · {r.address.locality}</span> : null}
                  </span>
                  {sent ? <span className="evening-sent">{t('screen.rows.sent', { date: dateFormat.format(new Date(sent.date)) })}</span> : null}
                  <RowWarnings record={r} />
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {found.length > shown ? (
        <button type="button" className="button button-secondary" onClick={() => setShown((n) => n + PAGE)}>
          {t('screen.rows.more', { count: Math.min(PAGE, found.length - shown) })}
        </button>
      ) : null}
    </section>
  );
}
