import { useTranslation } from 'react-i18next';
import { StepFooter } from '../../app/step-footer.tsx';
import { Screen } from '../../components/ui/screen.tsx';
import { SenderForm } from './sender-form.tsx';

export function AddressStep() {
  const { t } = useTranslation('screens');
  return (
    <Screen title={t('address.title')} intro={<p>{t('address.intro')}</p>} footer={<StepFooter step="address" />}>
      <h2>{t('address.senderHeading')}</h2>
      <SenderForm />
    </Screen>
  );
}
