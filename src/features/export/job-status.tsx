import { useTranslation } from 'react-i18next';
import type { JobState } from './use-job.ts';

export function JobStatus({ state, doneKey }: { state: JobState; doneKey: 'export.madeLetter' | 'export.madeEnvelope' }) {
  const { t } = useTranslation('screens');
  if (state.status === 'idle') return null;
  if (state.status === 'failed')
    return (
      <p role="alert" className="notice notice-error">
        {t('export.failed', { message: state.message })}
      </p>
    );
  return (
    <p role="status" className="hint">
      {state.status === 'working' ? t('export.working') : t(doneKey, { count: state.pages })}
    </p>
  );
}
