import { prerender } from 'react-dom/static';
import { setupI18n } from '../i18n/setup.ts';
import type { Language } from '../i18n/languages.ts';
import { KonvertRoot } from './root.tsx';

/**
 * The first screen as React draws it on a first visit, as HTML that React can adopt
 * (src/main.tsx hydrates it). Run at build time by scripts/prerender-first-screen.mjs, in a
 * fresh DOM with nothing stored. Waits for the lazily loaded step, so the HTML is the whole
 * screen, not its loading placeholder.
 */
export async function renderFirstScreen(language: Language): Promise<string> {
  const { prelude } = await prerender(<KonvertRoot i18n={setupI18n(language)} />);
  return new Response(prelude).text();
}
