import { useTranslation } from 'react-i18next';
import { StepFooter } from '../../app/step-footer.tsx';
import { Screen } from '../../components/ui/screen.tsx';

export function ExportStep() {
  const { t } = useTranslation('screens');
  return <Screen title={t('export.title')} intro={<p>{t('export.intro')}</p>} footer={<StepFooter step="export" />} />;
}
