import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { AddressStep } from '../features/address/address-step.tsx';
import { CheckStep } from '../features/check/check-step.tsx';
import { ExportStep } from '../features/export/export-step.tsx';
import { LetterStep } from '../features/letter/letter-step.tsx';
import { PrisonerStep } from '../features/prisoner/prisoner-step.tsx';
import { PrivacyPage } from '../features/privacy/privacy-page.tsx';
import { Header } from './header.tsx';
import { StepNav } from './step-nav.tsx';
import type { Route } from './steps.ts';
import { StorageNotice } from './storage-notice.tsx';
import { useRoute } from './use-route.ts';

const screens: Record<Route, ComponentType> = {
  prisoner: PrisonerStep,
  letter: LetterStep,
  check: CheckStep,
  address: AddressStep,
  export: ExportStep,
  privacy: PrivacyPage,
};

export function App() {
  const { t } = useTranslation();
  const [route, navigate] = useRoute();
  const CurrentScreen = screens[route];
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Header onPrivacy={() => navigate('privacy')} />
      <StepNav route={route} />
      <StorageNotice />
      <main id="main" className="app-main">
        <CurrentScreen />
      </main>
      <footer className="app-footer">
        <p>{t('footer')}</p>
      </footer>
    </div>
  );
}
