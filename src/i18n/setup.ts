import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { useSettingsStore } from '../state/settings-store.ts';
import { browserLanguage } from './languages.ts';
import { isLanguage, languages, loadResources } from './resources.ts';

export { browserLanguage } from './languages.ts';

/**
 * Picks the language: the one given (tests), else the writer's own choice from the header,
 * else the browser's. Only a choice made in the header is saved, as part of the settings, so
 * merely opening Konvert writes nothing to the device.
 */
export function setupI18n(lng?: string) {
  const instance = i18next.createInstance();
  const resources = loadResources();
  const chosen = useSettingsStore.getState().language;
  void instance.use(initReactI18next).init({
    resources,
    lng: lng ?? chosen ?? browserLanguage(),
    ns: Object.keys(resources.en ?? {}),
    defaultNS: 'common',
    fallbackLng: 'en',
    supportedLngs: [...languages],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  instance.on('languageChanged', (lang) => {
    document.documentElement.lang = lang;
    if (!lng && isLanguage(lang)) useSettingsStore.getState().setLanguage(lang);
  });
  document.documentElement.lang = instance.resolvedLanguage ?? 'en';
  return instance;
}
