import { useTranslation } from 'react-i18next';
import { Screen } from '../../components/ui/screen.tsx';
import { guidance } from '../../core/writing/index.ts';

/** The "how to write" advice, from the guidance data files, in the reader's language. */
export function GuidePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <Screen
      title={t('guide.title')}
      intro={<p>{t('guide.intro')}</p>}
      footer={
        <a className="button button-secondary" href="#/letter">
          {t('nav.backToLetter')}
        </a>
      }
    >
      {guidance(lang).map((section) => (
        <section key={section.id} aria-labelledby={`guide-${section.id}`} className="guide-section">
          <h2 id={`guide-${section.id}`}>{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {section.links ? (
            <ul>
              {section.links.map((l) => (
                <li key={l.url}>
                  <a href={l.url} target="_blank" rel="noreferrer noopener">
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </Screen>
  );
}
