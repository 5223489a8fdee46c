import { useTranslation } from 'react-i18next';
import { StepFooter } from '../../components/flow/step-footer.tsx';
import { AddressBlock } from '../../components/ui/address-block.tsx';
import { useLabelGlosses } from './label-glosses.ts';
import { Screen } from '../../components/ui/screen.tsx';
import { useDraftStore } from '../../state/draft-store.ts';
import { StaleAddressNotice } from '../prisoner/stale-address-notice.tsx';
import { RecipientBlock } from './recipient-block.tsx';
import { SenderForm } from './sender-form.tsx';
import { useParties } from './use-parties.ts';

export function AddressStep() {
  const { t } = useTranslation('screens');
  const { t: ta } = useTranslation('address');
  const parties = useParties();
  const senderTyped = useDraftStore((s) => s.sender.name.trim() !== '' && s.sender.address.trim() !== '');
  const writer = parties.writer;
  const glosses = useLabelGlosses();
  return (
    <Screen title={t('address.title')} intro={<p>{t('address.intro')}</p>} footer={<StepFooter step="address" />}>
      <h2>{t('address.recipientHeading')}</h2>
      <StaleAddressNotice />
      <RecipientBlock parties={parties} />
      <h2>{t('address.senderHeading')}</h2>
      <SenderForm />
      {writer ? (
        <>
          <h3>{t('address.senderPreviewHeading')}</h3>
          <div className="envelope-card envelope-card-sender">
            <AddressBlock
              glosses={glosses}
              rows={[
                [t('address.from'), writer.forms.sender.to],
                [t('address.fromWhere'), writer.forms.sender.where],
                [t('address.index'), writer.forms.sender.index ? [writer.forms.sender.index] : []],
              ]}
            />
          </div>
          {writer.warnings.length > 0 ? (
            <ul className="warnings">
              {writer.warnings.map((w, i) => (
                <li key={`${w.code}-${i}`}>{ta(`warnings.${w.code}`, w.params ?? {})}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : senderTyped ? (
        <p className="notice">{t('address.senderUnreadable')}</p>
      ) : null}
    </Screen>
  );
}
