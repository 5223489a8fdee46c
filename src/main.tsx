import './trusted-types.ts';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { KonvertRoot } from './first-screen/root.tsx';
import { setupI18n } from './i18n/setup.ts';
import { registerOfflineCopy } from './state/offline.ts';
import './styles/fonts.css';
import './styles/app.css';

const root = document.getElementById('root');
if (root) {
  const app = <KonvertRoot i18n={setupI18n()} />;
  // The first screen may be on the page already, drawn by the build (src/first-screen/boot.ts):
  // React adopts it, keeping focus and what was typed, instead of drawing it again.
  if (root.firstChild) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

// After the first paint: the offline copy is not needed to start.
window.addEventListener('load', () => void registerOfflineCopy(), { once: true });
