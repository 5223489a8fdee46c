import { StrictMode } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { App } from '../app/app.tsx';

/**
 * The whole app as one element. The browser entry (src/main.tsx) renders it, and the build
 * draws it ahead of time (render.tsx); both must be the same tree for React to adopt the
 * drawn screen instead of drawing it again.
 */
export function KonvertRoot({ i18n }: { i18n: i18n }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>
  );
}
