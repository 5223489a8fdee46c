import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/checker/index.ts';

export function FindingList({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const { t } = useTranslation('screens');
  const { t: tc } = useTranslation('checker');
  return (
    <section aria-labelledby="findings-h">
      <h2 id="findings-h">{t('check.findingsHeading')}</h2>
      <ol className="findings">
        {findings.map((f, i) => (
          <li key={`${f.start}-${f.rule}`} id={`finding-${i}`} tabIndex={-1} className={`finding finding-${f.severity}`}>
            <p className="finding-head">
              <span className={`badge badge-${f.severity}`}>{tc(`severity.${f.severity}`)}</span> <strong>{tc(`category.${f.category}`)}</strong>
            </p>
            <dl>
              <dt>{t('check.passage')}</dt>
              <dd lang="ru">«{text.slice(f.start, f.end)}»</dd>
              <dt>{t('check.why')}</dt>
              <dd>{f.message}</dd>
              <dt>{t('check.instead')}</dt>
              <dd>{f.suggestion}</dd>
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
