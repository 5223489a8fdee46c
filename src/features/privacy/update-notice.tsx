import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { onUpdateChange, updateWaiting, switchToNewVersion } from '../../state/offline.ts';
import { useSettingsStore } from '../../state/settings-store.ts';

/**
 * A new version waits and never replaces the code under a half-written letter: the writer is
 * told, and may switch now (the letter is saved first) unless nothing is kept on this device.
 */
export function UpdateNotice() {
  const { t } = useTranslation();
  const ready = useSyncExternalStore(onUpdateChange, updateWaiting, updateWaiting);
  const keepDrafts = useSettingsStore((s) => s.keepDrafts);
  if (!ready) return null;
  return (
    <div role="status" className="banner">
      <p>{t(keepDrafts ? 'update.ready' : 'update.readyNotKept')}</p>
      {keepDrafts ? (
        <button type="button" className="button button-secondary" onClick={switchToNewVersion}>
          {t('update.now')}
        </button>
      ) : null}
    </div>
  );
}
