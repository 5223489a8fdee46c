import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { languages, loadResources } from './resources.ts';

export const languageStorageKey = 'konvert.language';

/** Picks the language from the user's earlier choice, else the browser; English for anything but Russian. */
export function setupI18n(lng?: string) {
  const instance = i18next.createInstance();
  const resources = loadResources();
  void instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      lng,
      ns: Object.keys(resources.en ?? {}),
      defaultNS: 'common',
      fallbackLng: 'en',
      supportedLngs: [...languages],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: languageStorageKey,
        caches: ['localStorage'],
      },
      initAsync: false,
    });
  instance.on('languageChanged', (lang) => {
    document.documentElement.lang = lang;
  });
  document.documentElement.lang = instance.resolvedLanguage ?? 'en';
  return instance;
}
