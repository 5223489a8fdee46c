import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/checker/index.ts';
import { highlightSegments } from './highlight.ts';

/** The letter with every flagged passage marked; each mark points to its explanation. */
export function MarkedLetter({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const { t } = useTranslation('screens');
  return (
    <section aria-labelledby="marked-letter-h">
      <h2 id="marked-letter-h">{t('check.textHeading')}</h2>
      <div className="marked-letter" lang="ru">
        {highlightSegments(text, findings).map((s) =>
          s.severity ? (
            <a key={s.start} href={`#finding-${s.findings[0] ?? 0}`} className={`mark mark-${s.severity}`} onClick={(e) => focusFinding(e, s.findings[0] ?? 0)}>
              {s.text}
            </a>
          ) : (
            <span key={s.start}>{s.text}</span>
          ),
        )}
      </div>
    </section>
  );
}

// The app routes by hash, so a plain #finding link would change the screen: move focus instead.
function focusFinding(e: { preventDefault(): void }, index: number) {
  e.preventDefault();
  document.getElementById(`finding-${index}`)?.focus();
}
