import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { StepFooter } from '../../components/flow/step-footer.tsx';
import { Screen } from '../../components/ui/screen.tsx';
import { checkLetter } from '../../core/checker/index.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { useParties } from '../address/use-parties.ts';
import { EnvelopeCard } from './envelope-card.tsx';
import { MarkSent } from '../letters/mark-sent.tsx';
import { FpismoCard } from './fpismo-card.tsx';
import { LetterCard } from './letter-card.tsx';
import { StaleAddressNotice } from '../prisoner/stale-address-notice.tsx';

export function ExportStep() {
  const { t } = useTranslation('screens');
  const parties = useParties();
  const body = useDraftStore((s) => s.body);
  const serious = useMemo(() => checkLetter(body).filter((f) => f.severity !== 'low').length, [body]);
  const missing = [
    parties.address ? null : (['export.missingRecipient', 'prisoner'] as const),
    body.trim() ? null : (['export.missingBody', 'letter'] as const),
    parties.writer ? null : (['export.missingSender', 'address'] as const),
  ].filter((m) => m !== null);

  return (
    <Screen title={t('export.title')} intro={<p>{t('export.intro')}</p>} footer={<StepFooter step="export" />}>
      {missing.length > 0 ? (
        <div className="notice">
          <h2>{t('export.missingHeading')}</h2>
          <ul>
            {missing.map(([key, step]) => (
              <li key={key}>
                {t(key)} <a href={`#/${step}`}>{t('export.goThere')}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {serious > 0 ? (
        <p className="notice notice-warn">
          {t('export.findingsWarning', { count: serious })} <a href="#/check">{t('export.reviewFindings')}</a>
        </p>
      ) : null}
      <StaleAddressNotice />
      <div className="export-grid">
        <LetterCard parties={parties} ready={Boolean(parties.address && body.trim())} />
        <EnvelopeCard parties={parties} ready={Boolean(parties.prisoner && parties.writer)} />
      </div>
      <FpismoCard parties={parties} />
      <MarkSent />
    </Screen>
  );
}
