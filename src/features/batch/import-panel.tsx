import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportReport } from './import-report.tsx';
import { useListImport } from './use-list-import.ts';

/** Files up to this many characters (some 300 rows) are shown in the text box before they are read. */
const SHOWN_MAX = 100_000;

/** Paste a list or open a file; read it with progress; say what became of every row. */
export function ImportPanel({ onImported }: { onImported: (listId: string) => void }) {
  const { t, i18n } = useTranslation('batch');
  const id = useId();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  // A long file is kept out of the text box: laying out megabytes of text there froze the page for seconds.
  const [kept, setKept] = useState<{ name: string; text: string; lines: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const dateText = new Intl.DateTimeFormat(i18n.resolvedLanguage, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  const { state, read } = useListImport((file) => file ?? t('screen.import.pastedName', { date: dateText }));

  const openFile = async (file: File | undefined) => {
    setProblem(null);
    if (!file) return;
    try {
      const content = await file.text();
      if (content.length > SHOWN_MAX) {
        setKept({ name: file.name, text: content, lines: content.split('\n').length });
      } else {
        setKept(null);
        setText(content);
      }
      setFileName(file.name);
    } catch (error) {
      setProblem(t('screen.import.fileError', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  const submit = async () => {
    if (!kept && !text.trim()) return setProblem(t('screen.import.empty'));
    setProblem(null);
    const listId = await read(kept?.text ?? text, fileName);
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
            setKept(null);
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
      {kept ? (
        <p role="status" className="hint">
          {t('screen.import.fileKept', { name: kept.name, count: kept.lines })}
        </p>
      ) : null}
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
