import { useTranslation } from 'react-i18next';
import { StepFooter } from '../../app/step-footer.tsx';
import { Screen } from '../../components/ui/screen.tsx';
import { useDraftStore } from '../../state/draft-store.ts';

export function CheckStep() {
  const { t } = useTranslation('screens');
  const body = useDraftStore((s) => s.body);
  return (
    <Screen title={t('check.title')} intro={<p>{t('check.intro')}</p>} footer={<StepFooter step="check" />}>
      {body.trim() === '' ? <p className="notice">{t('check.empty')}</p> : null}
    </Screen>
  );
}
