import { useTranslation } from 'react-i18next';
import { languages } from '../i18n/resources.ts';

export function Header() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('appName')}</span>
        <span className="brand-tagline">{t('tagline')}</span>
      </div>
      <div className="header-tools">
        <a className="header-link" href="#/evening">
          {t('nav.evening')}
        </a>
        <a className="header-link" href="#/guide">
          {t('nav.guide')}
        </a>
        <a className="header-link" href="#/privacy">
          {t('nav.privacy')}
        </a>
        <div role="group" aria-label={t('language.label')} className="language-switch">
          {languages.map((lang) => (
            <button
              key={lang}
              type="button"
              lang={lang}
              aria-pressed={current === lang}
              onClick={() => void i18n.changeLanguage(lang)}
            >
              {t(`language.${lang}`)}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
