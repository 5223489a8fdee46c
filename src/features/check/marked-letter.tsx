import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/checker/index.ts';
import { highlightSegments } from './highlight.ts';

/** The letter with every flagged passage marked; each mark points to the card that explains it. */
export function MarkedLetter({ text, findings, cardOf }: { text: string; findings: readonly Finding[]; cardOf: (finding: Finding) => number }) {
  const { t } = useTranslation('screens');
  return (
    <section aria-labelledby="marked-letter-h">
      <h2 id="marked-letter-h">{t('check.textHeading')}</h2>
      <div className="marked-letter" lang="ru">
        {highlightSegments(text, findings).map((s) => {
          if (!s.severity) return <span key={s.start}>{s.text}</span>;
          const card = cardOf(findings[s.findings[0] ?? 0] as Finding);
          return (
            <a key={s.start} href={`#finding-${card}`} className={`mark mark-${s.severity}`} onClick={(e) => focusCard(e, card)}>
              {s.text}
            </a>
          );
        })}
      </div>
    </section>
  );
}

// The app routes by hash, so a plain #finding link would change the screen: move focus instead.
function focusCard(e: { preventDefault(): void }, index: number) {
  e.preventDefault();
  document.getElementById(`finding-${index}`)?.focus();
}
