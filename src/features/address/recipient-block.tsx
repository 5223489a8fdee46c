import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AddressBlock } from '../../components/ui/address-block.tsx';
import { useLabelGlosses } from './label-glosses.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import type { useParties } from './use-parties.ts';

/** The prisoner's envelope block, with the declined name editable before anything is printed. */
export function RecipientBlock({ parties }: { parties: ReturnType<typeof useParties> }) {
  const { t } = useTranslation('screens');
  const abroad = useDraftStore((s) => s.sender.abroad);
  const setSender = useDraftStore((s) => s.setSender);
  const correctName = useDraftStore((s) => s.correctName);
  const id = useId();
  const glosses = useLabelGlosses();
  const { prisoner, nameKey, dative, correctedDative } = parties;
  if (!prisoner || !nameKey) {
    return (
      <p className="notice">
        {t('address.noRecipient')} <a href="#/prisoner">{t('address.chooseRecipient')}</a>
      </p>
    );
  }
  const r = prisoner.recipient;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-dative`}>{t('address.dativeLabel')}</label>
        <input id={`${id}-dative`} lang="ru" value={correctedDative ?? dative ?? ''} onChange={(e) => correctName(nameKey, e.target.value)} aria-describedby={`${id}-dative-hint`} />
        <p id={`${id}-dative-hint`} className="hint">
          {t('address.dativeHint')}
          {correctedDative !== undefined && correctedDative !== dative ? (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => correctName(nameKey, dative ?? '')}>
                {t('address.dativeReset')}
              </button>
            </>
          ) : null}
        </p>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={abroad} onChange={(e) => setSender({ abroad: e.target.checked })} aria-describedby={`${id}-abroad`} />
        {t('address.abroad')}
      </label>
      <p id={`${id}-abroad`} className="hint">
        {t('address.abroadHint')}
      </p>
      <div className="envelope-card">
        <AddressBlock
          glosses={glosses}
          rows={[
            [t('address.to'), r.to],
            [t('address.where'), r.where],
            [t('address.index'), r.index ? [r.index] : []],
          ]}
        />
      </div>
    </>
  );
}
