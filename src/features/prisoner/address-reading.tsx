import { useTranslation } from 'react-i18next';
import { formatFullName } from '../../core/names/index.ts';
import type { ResolvedRecipient } from './recipient.ts';

/** What an envelope needs and the parser did not find, as locale keys. */
export function missingParts(resolved: ResolvedRecipient): ('prisoner.missingName' | 'prisoner.missingIndex')[] {
  return [
    resolved.address.recipient?.surname ? null : ('prisoner.missingName' as const),
    resolved.address.index ? null : ('prisoner.missingIndex' as const),
  ].filter((k) => k !== null);
}

/** Shows what the parser read from a pasted address, so the writer can see it understood. */
export function AddressReading({ resolved }: { resolved: ResolvedRecipient }) {
  const { t } = useTranslation('screens');
  const { t: ta } = useTranslation('address');
  const a = resolved.address;
  const r = a.recipient;
  const rows: [string, string | number | null | undefined][] = [
    ['recipient', r?.surname ? formatFullName({ surname: r.surname, first: r.first, patronymic: r.patronymic }) : null],
    ['birthYear', r?.birthYear],
    ['institution', a.institutionFull ?? a.institution],
    ['index', a.index],
    ['region', a.region],
    ['district', a.district],
    ['locality', a.locality ? [a.localityType, a.locality].filter(Boolean).join(' ') : null],
    ['street', a.street],
    ['house', a.house],
    ['unplaced', a.unplaced.join('; ') || null],
  ];
  return (
    <div className="parsed" aria-live="polite">
      <p className={resolved.usable ? 'notice' : 'notice notice-error'} role={resolved.usable ? undefined : 'alert'}>
        {resolved.usable ? t('prisoner.usable') : t('prisoner.missing', { parts: missingParts(resolved).map((k) => t(k)).join(', ') })}
      </p>
      <h3>{t('prisoner.readHeading')}</h3>
      <dl className="fields">
        {rows
          .filter(([, v]) => v !== null && v !== undefined && v !== '')
          .map(([key, value]) => (
            <div key={key}>
              <dt>{t(`prisoner.field.${key}`)}</dt>
              <dd lang="ru">{value}</dd>
            </div>
          ))}
      </dl>
      {resolved.warnings.length > 0 ? (
        <>
          <h3>{t('prisoner.warningsHeading')}</h3>
          <ul className="warnings">
            {resolved.warnings.map((w, i) => (
              <li key={`${w.code}-${i}`}>{ta(`warnings.${w.code}`, w.params ?? {})}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
