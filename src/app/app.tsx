import { Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { AppStarted } from '../first-screen/app-started.tsx';
import { Header } from './header.tsx';
import { lazyScreen, ScreenBoundary } from './screen-boundary.tsx';
import { StepNav } from './step-nav.tsx';
import type { Route } from './steps.ts';
import { UpdateNotice } from '../features/privacy/update-notice.tsx';
import { StorageNotice } from './storage-notice.tsx';
import { useRoute } from './use-route.ts';

// Each screen is its own chunk: the first paint carries only the shell, and the
// domain code a step needs (parser, checker, PDF) arrives when the step opens.
const screens: Record<Route, ComponentType> = {
  prisoner: lazyScreen(() => import('../features/prisoner/prisoner-step.tsx').then((m) => ({ default: m.PrisonerStep }))),
  letter: lazyScreen(() => import('../features/letter/letter-step.tsx').then((m) => ({ default: m.LetterStep }))),
  check: lazyScreen(() => import('../features/check/check-step.tsx').then((m) => ({ default: m.CheckStep }))),
  address: lazyScreen(() => import('../features/address/address-step.tsx').then((m) => ({ default: m.AddressStep }))),
  export: lazyScreen(() => import('../features/export/export-step.tsx').then((m) => ({ default: m.ExportStep }))),
  privacy: lazyScreen(() => import('../features/privacy/privacy-page.tsx').then((m) => ({ default: m.PrivacyPage }))),
  guide: lazyScreen(() => import('../features/guide/guide-page.tsx').then((m) => ({ default: m.GuidePage }))),
  evening: lazyScreen(() => import('../features/batch/batch-page.tsx').then((m) => ({ default: m.BatchPage }))),
};

export function App() {
  const { t } = useTranslation();
  const [route] = useRoute();
  const CurrentScreen = screens[route];
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Header />
      <StepNav route={route} />
      <StorageNotice />
      <UpdateNotice />
      <main id="main" className="app-main">
        <ScreenBoundary
          resetKey={route}
          fallback={(retry) => (
            <div role="alert" className="notice notice-error">
              <h1>{t('screenError.title')}</h1>
              <p>{t('screenError.text')}</p>
              <button type="button" className="button" onClick={retry}>
                {t('screenError.retry')}
              </button>
              <AppStarted />
            </div>
          )}
        >
          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
            <CurrentScreen />
            <AppStarted />
          </Suspense>
        </ScreenBoundary>
      </main>
      <footer className="app-footer">
        <p>{t('footer')}</p>
      </footer>
    </div>
  );
}
