import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkLetter } from '../../core/checker/index.ts';

/** A one-line verdict under the editor, recomputed as the writer types (the checker takes about a millisecond). */
export function LiveCheck({ body }: { body: string }) {
  const { t } = useTranslation('screens');
  const text = useDeferredValue(body);
  const serious = useMemo(() => checkLetter(text).filter((f) => f.severity !== 'low').length, [text]);
  if (!text.trim()) return null;
  return serious === 0 ? (
    <p className="live-check live-check-ok">{t('letter.liveClean')}</p>
  ) : (
    <p className="live-check live-check-warn">
      {t('letter.liveFindings', { count: serious })} <a href="#/check">{t('letter.liveOpen')}</a>
    </p>
  );
}
