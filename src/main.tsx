import './trusted-types.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app.tsx';
import { setupI18n } from './i18n/setup.ts';
import { registerOfflineCopy } from './state/offline.ts';
import './styles/fonts.css';
import './styles/app.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={setupI18n()}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}

// After the first paint: the offline copy is not needed to start.
window.addEventListener('load', () => void registerOfflineCopy(), { once: true });
