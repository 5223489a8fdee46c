import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StepFooter } from '../../app/step-footer.tsx';
import { Screen } from '../../components/ui/screen.tsx';
import { useDraftStore } from '../../state/draft-store.ts';

export function LetterStep() {
  const { t } = useTranslation('screens');
  const body = useDraftStore((s) => s.body);
  const setBody = useDraftStore((s) => s.setBody);
  const id = useId();
  return (
    <Screen title={t('letter.title')} intro={<p>{t('letter.intro')}</p>} footer={<StepFooter step="letter" />}>
      <div className="field">
        <label htmlFor={id}>{t('letter.bodyLabel')}</label>
        <textarea id={id} className="letter-body" lang="ru" rows={16} value={body} onChange={(e) => setBody(e.target.value)} aria-describedby={`${id}-count`} />
        <p id={`${id}-count`} className="hint" aria-live="polite">
          {t('letter.count', { count: body.length })}
        </p>
      </div>
    </Screen>
  );
}
