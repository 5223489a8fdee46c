import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { makeBackup, maxBackupChars, mergeBackup, readBackup } from '../../state/backup.ts';
import { useLettersStore } from '../../state/letters-store.ts';
import type { Issue } from '../../state/schema.ts';
import { downloadExport } from '../export/download.ts';

type Outcome = { file: string; ok: true; drafts: number; histories: number; lists: number; skipped: Issue[] } | { file: string; ok: false; issue: Issue };

const shown = 20;

/** Everything the writer keeps, out to one file and back in, each bad item named. */
export function BackupSection() {
  const { t } = useTranslation('screens');
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const problem = (i: Issue) => t('privacy.backupIssue', { path: i.path, problem: t(`privacy.issue.${i.code}`) });

  const save = () => {
    const { drafts, activeDraftId, profile, nameCorrections, history, lists } = useLettersStore.getState();
    downloadExport({ kind: 'backup' }, makeBackup({ drafts, activeDraftId, profile, nameCorrections, history }, lists), 'application/json');
  };

  const restore = async (file: File) => {
    const text = file.size > maxBackupChars * 4 ? null : await file.text();
    const read = text === null ? { ok: false as const, issues: [{ path: '(top)', code: 'too-long' as const, expected: '' }] } : readBackup(text);
    if (!read.ok) return setOutcome({ file: file.name, ok: false, issue: read.issues[0] as Issue });
    const store = useLettersStore.getState();
    const merged = mergeBackup(store, read.content);
    store.replaceAll({ drafts: merged.drafts, activeDraftId: merged.activeDraftId, profile: merged.profile, nameCorrections: merged.nameCorrections, history: merged.history }, merged.lists);
    const { drafts, history, lists } = read.content;
    setOutcome({ file: file.name, ok: true, drafts: drafts.length, histories: Object.keys(history).length, lists: lists.length, skipped: read.skipped });
  };

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('privacy.backupHeading')}</h2>
      <p>{t('privacy.backupText')}</p>
      <button type="button" className="button" onClick={save}>
        {t('privacy.backupDownload')}
      </button>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('privacy.backupRestore')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json,.txt"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void restore(file);
          }}
        />
        <p id={`${id}-hint`} className="hint">
          {t('privacy.backupRestoreHint')}
        </p>
      </div>
      {outcome?.ok === false ? (
        <p role="alert" className="notice notice-error">
          {t('privacy.backupFailed', { file: outcome.file, reason: t(`privacy.issue.${outcome.issue.code}`) })}
        </p>
      ) : null}
      {outcome?.ok ? (
        <div role="status" className={`notice ${outcome.skipped.length ? 'notice-warn' : 'notice-ok'}`}>
          <p>
            {t('privacy.backupRestored', {
              file: outcome.file,
              drafts: t('privacy.backupDrafts', { count: outcome.drafts }),
              histories: t('privacy.backupHistories', { count: outcome.histories }),
              lists: t('privacy.backupLists', { count: outcome.lists }),
            })}
          </p>
          {outcome.skipped.length ? (
            <>
              <p>{t('privacy.backupSkipped', { count: outcome.skipped.length })}</p>
              <ul className="plain-list">
                {outcome.skipped.slice(0, shown).map((i) => (
                  <li key={i.path}>{problem(i)}</li>
                ))}
              </ul>
              {outcome.skipped.length > shown ? <p>{t('privacy.backupSkippedMore', { count: outcome.skipped.length - shown })}</p> : null}
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
