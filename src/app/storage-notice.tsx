import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { onStorageProblem, storageProblems, type StorageProblem, type StorageProblemKind } from '../state/safe-storage.ts';

// The most serious first: the one shown when several are open.
const order: StorageProblemKind[] = ['not-kept', 'erased-elsewhere', 'unavailable', 'full', 'future', 'corrupt'];
const textKey: Record<StorageProblemKind, string> = {
  'not-kept': 'storage.notKept',
  'erased-elsewhere': 'storage.erasedElsewhere',
  unavailable: 'storage.unavailable',
  full: 'storage.full',
  future: 'storage.future',
  corrupt: 'storage.corrupt',
};

/** Tells the writer when saved data could not be read or written, instead of failing silently. */
export function StorageNotice() {
  const { t } = useTranslation();
  const problems = useSyncExternalStore(onStorageProblem, storageProblems, storageProblems);
  // Dismissed by identity: after an erase the list starts over, and a new problem must show.
  const [dismissed, setDismissed] = useState<readonly StorageProblem[]>([]);
  const open = problems.filter((p) => !dismissed.includes(p));
  if (open.length === 0) return null;
  const kind = order.find((k) => open.some((p) => p.kind === k)) ?? 'corrupt';
  const rescued = kind === 'corrupt' || kind === 'future' || kind === 'not-kept';
  return (
    <div role="alert" className="banner">
      <p>
        {t(textKey[kind])}
        {rescued ? (
          <>
            {' '}
            <a href="#/privacy">{t('storage.seeRescued')}</a>
          </>
        ) : null}
      </p>
      <button type="button" className="button button-secondary" onClick={() => setDismissed(problems)}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}
