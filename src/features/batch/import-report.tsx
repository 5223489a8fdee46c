import { useTranslation } from 'react-i18next';
import type { ImportedRow, ListImport } from '../../core/directory/index.ts';

/** What became of every row: the counts, the rows that failed and why, the merged ones, the text left out. */
export function ImportReport({ result }: { result: ListImport }) {
  const { t } = useTranslation('batch');
  const { t: td } = useTranslation('directory');
  const failed = result.rows.filter((r) => r.status === 'failed');
  const merged = result.rows.filter((r) => r.status === 'merged');
  const ok = result.rows.length - failed.length - merged.length;
  const where = (r: ImportedRow) => (r.line ? t('screen.import.rowLine', { row: r.row, line: r.line }) : t('screen.import.row', { row: r.row }));
  return (
    <div role="status" className={`notice ${failed.length || result.errors.length ? 'notice-warn' : 'notice-ok'} evening-report`}>
      <p>{t('screen.import.summary', { count: result.rows.length, ok, merged: merged.length, failed: failed.length })}</p>
      {result.errors.map((e) => (
        <p key={e.code}>{t('screen.import.fileProblem', { message: td(`errors.${e.code}`, e.params ?? {}) })}</p>
      ))}
      {failed.length ? (
        <>
          <h3>{t('screen.import.failedHeading')}</h3>
          <ul className="evening-problems">
            {failed.map((r) => (
              <li key={r.row}>
                <strong>{where(r)}</strong>: {r.problems.map((p) => td(`errors.${p.code}`, p.params ?? {})).join(' ')}
                {r.text ? (
                  <span className="evening-row-text" lang="ru">
                    {r.text.replace(/\s+/g, ' ').slice(0, 200)}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {merged.length ? (
        <>
          <h3>{t('screen.import.mergedHeading')}</h3>
          <ul className="evening-problems">
            {merged.map((r) => (
              <li key={r.row}>{t('screen.import.merged', { row: r.row, first: r.sameAs ?? '' })}</li>
            ))}
          </ul>
        </>
      ) : null}
      {result.skipped.length ? (
        <details>
          <summary>{t('screen.import.skipped', { count: result.skipped.length })}</summary>
          <ul className="evening-problems">
            {result.skipped.map((s) => (
              <li key={s.line}>
                {t('screen.import.line', { line: s.line })}: <span lang="ru">{s.text.slice(0, 200)}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
