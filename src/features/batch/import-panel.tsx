import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportReport } from './import-report.tsx';
import { useListImport } from './use-list-import.ts';

/** Paste a list or open a file; read it with progress; say what became of every row. */
export function ImportPanel({ onImported }: { onImported: (listId: string) => void }) {
  const { t, i18n } = useTranslation('batch');
  const id = useId();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const dateText = new Intl.DateTimeFormat(i18n.resolvedLanguage, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  const { state, read } = useListImport((file) => file ?? t('screen.import.pastedName', { date: dateText }));

  const openFile = async (file: File | undefined) => {
    setProblem(null);
    if (!file) return;
    try {
      setText(await file.text());
      setFileName(file.name);
    } catch (error) {
      setProblem(t('screen.import.fileError', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  const submit = async () => {
    if (!text.trim()) return setProblem(t('screen.import.empty'));
    setProblem(null);
    const listId = await read(text, fileName);
    if (listId) onImported(listId);
  };

  return (
    <section className="tool" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('screen.import.heading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('screen.import.pasteLabel')}</label>
        <textarea
          id={`${id}-text`}
          rows={6}
          lang="ru"
          value={text}
          aria-describedby={`${id}-text-hint`}
          onChange={(e) => {
            setText(e.target.value);
            setFileName(null);
          }}
        />
        <p id={`${id}-text-hint`} className="hint">
          {t('screen.import.pasteHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('screen.import.fileLabel')}</label>
        <input id={`${id}-file`} type="file" accept=".txt,.csv,.tsv,.json,text/plain,text/csv,application/json" aria-describedby={`${id}-file-hint`} onChange={(e) => void openFile(e.target.files?.[0])} />
        <p id={`${id}-file-hint`} className="hint">
          {t('screen.import.fileHint')}
        </p>
      </div>
      <button type="button" className="button" disabled={state.status === 'reading'} onClick={() => void submit()}>
        {t('screen.import.button')}
      </button>
      {problem ? (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      ) : null}
      {state.status === 'reading' ? (
        <div role="status" className="evening-progress">
          <progress aria-label={t('screen.import.progressLabel')} max={Math.max(state.total, 1)} value={state.done} />
          <span>{t('screen.import.reading', { done: state.done, total: state.total })}</span>
        </div>
      ) : null}
      {state.status === 'failed' ? (
        <p role="alert" className="notice notice-error">
          {t('screen.import.failed', { message: state.message })}
        </p>
      ) : null}
      {state.status === 'done' ? <ImportReport result={state.result} /> : null}
    </section>
  );
}
