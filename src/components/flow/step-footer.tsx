import { useTranslation } from 'react-i18next';
import { neighbours, type StepId } from './steps.ts';

export function StepFooter({ step }: { step: StepId }) {
  const { t } = useTranslation();
  const { previous, next } = neighbours(step);
  return (
    <>
      {previous ? (
        <a className="button button-secondary" href={`#/${previous}`}>
          {t('nav.back')}
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a className="button" href={`#/${next}`}>
          {t('nav.next', { step: t(`steps.${next}`) })}
        </a>
      ) : null}
    </>
  );
}
