import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { onStorageProblem, storageProblems } from '../state/safe-storage.ts';

/** Tells the writer when saved data could not be read or written, instead of failing silently. */
export function StorageNotice() {
  const { t } = useTranslation();
  const problems = useSyncExternalStore(onStorageProblem, storageProblems, storageProblems);
  const [dismissed, setDismissed] = useState(0);
  const open = problems.slice(dismissed);
  if (open.length === 0) return null;
  const kind = open.some((p) => p.kind === 'corrupt') ? 'corrupt' : 'unavailable';
  return (
    <div role="alert" className="banner">
      <p>{t(`storage.${kind}`)}</p>
      <button type="button" className="button button-secondary" onClick={() => setDismissed(problems.length)}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}
