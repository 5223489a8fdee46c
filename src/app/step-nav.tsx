import { useTranslation } from 'react-i18next';
import { steps, type Route } from './steps.ts';

/** The letter flow as an ordered list of links: Tab moves between steps, Enter opens one. */
export function StepNav({ route }: { route: Route }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.steps')} className="step-nav">
      <ol>
        {steps.map((step, i) => (
          <li key={step}>
            <a href={`#/${step}`} aria-current={route === step ? 'step' : undefined}>
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              <span>{t(`steps.${step}`)}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
