import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrisonerRecord } from '../../core/directory/index.ts';
import { formatFullName } from '../../core/names/index.ts';
import type { PackEntry, PackWarning } from '../../core/pack/index.ts';
import type { EnvelopeFormat } from '../../core/pdf/index.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { prisonerKey, today, useLettersStore } from '../../state/letters-store.ts';
import { neutralNamesNow } from '../../state/neutral-names.ts';
import { readSender } from '../address/parties.ts';
import { SenderForm } from '../address/sender-form.tsx';
import { downloadExport } from '../export/download.ts';
import { FileNameHint } from '../export/file-name-hint.tsx';
import { sansFont, serifFont } from '../export/fonts.ts';

const formats: EnvelopeFormat[] = ['DL', 'C6', 'C5', 'C4', 'A4'];

type Job =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; pages: number; entries: PackEntry[]; warnings: PackWarning[]; printed: PrisonerRecord[] }
  | { status: 'failed'; message: string };

/** The pack for the chosen people, the CSV of what was printed, and "mark all as sent". */
export function PrintPanel({ records, rowOf }: { records: PrisonerRecord[]; rowOf: (r: PrisonerRecord) => number }) {
  const { t, i18n } = useTranslation('batch');
  const { t: ts } = useTranslation('screens');
  const { t: te } = useTranslation('export');
  const id = useId();
  const lang = i18n.resolvedLanguage === 'ru' ? 'ru' : 'en';
  const sender = useDraftStore((s) => s.sender);
  const writer = readSender(sender);
  const [format, setFormat] = useState<EnvelopeFormat>('DL');
  const [reply, setReply] = useState(!sender.abroad);
  const [sheets, setSheets] = useState(true);
  const [rules, setRules] = useState(true);
  const [job, setJob] = useState<Job>({ status: 'idle' });
  const [marked, setMarked] = useState<{ count: number; date: string } | null>(null);
  const packT = (key: string, params?: Record<string, string | number>) => t(key, params ?? {});
  const opts = { format, reply, sheets, rules, international: sender.abroad, latinNames: lang !== 'ru', t: packT };

  const print = async () => {
    if (!writer || records.length === 0) return;
    setJob({ status: 'working' });
    setMarked(null);
    try {
      const [{ createPackPdf, prisonerFromRecord }, sans, serif] = await Promise.all([import('../../core/pack/index.ts'), sansFont(), serifFont()]);
      const prisoners = records.map((r) => prisonerFromRecord(r, rowOf(r), lang));
      const neutral = neutralNamesNow();
      const pack = await createPackPdf(prisoners, writer.forms, { ...opts, neutral }, { sans, serif }, new Date());
      downloadExport({ kind: 'pack' }, pack.bytes, 'application/pdf', { neutral });
      setJob({ status: 'done', pages: pack.pageCount, entries: pack.entries, warnings: pack.warnings, printed: records });
    } catch (error) {
      setJob({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const downloadCsv = async (entries: PackEntry[]) => {
    const { packCsv } = await import('../../core/pack/index.ts');
    downloadExport({ kind: 'record' }, packCsv(entries, { ...opts, printedOn: today() }), 'text/csv;charset=utf-8');
  };
  // Marks the people the pack was printed for, even if the choice changed since.
  const markAll = (printed: PrisonerRecord[]) => {
    const date = today();
    useLettersStore.getState().markSent(printed.map((r) => ({ key: prisonerKey({ id: r.id }), name: formatFullName(r), way: 'post' as const, date })));
    setMarked({ count: printed.length, date });
  };
  const dateText = (day: string) => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T12:00:00`));

  return (
    <section className="tool" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('screen.print.heading')}</h2>
      <details className="evening-sender" open={!writer}>
        <summary>
          <h3>{t('screen.print.senderHeading')}</h3>
        </summary>
        {!writer ? <p className="hint">{t('screen.print.senderMissing')}</p> : null}
        <SenderForm />
      </details>
      <div className="field">
        <label htmlFor={`${id}-format`}>{t('screen.print.format')}</label>
        <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value as EnvelopeFormat)}>
          {formats.map((f) => (
            <option key={f} value={f}>
              {ts(`export.formatOption.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={reply} onChange={(e) => setReply(e.target.checked)} />
        {t('screen.print.reply')}
      </label>
      {sender.abroad ? <p className="hint">{t('screen.print.replyAbroad')}</p> : null}
      <label className="checkbox">
        <input type="checkbox" checked={sheets} onChange={(e) => setSheets(e.target.checked)} />
        {t('screen.print.sheets')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={rules} onChange={(e) => setRules(e.target.checked)} />
        {t('screen.print.rules')}
      </label>
      <button type="button" className="button" disabled={!writer || records.length === 0 || job.status === 'working'} onClick={() => void print()}>
        {t('screen.print.button', { count: records.length })}
      </button>
      <FileNameHint file={{ kind: 'pack' }} />
      {records.length === 0 ? <p className="hint">{t('screen.print.nobody')}</p> : null}
      <div role="status">
        {job.status === 'working' ? <p className="hint">{t('screen.print.working')}</p> : null}
        {job.status === 'done' ? <p className="notice notice-ok">{t('screen.print.done', { count: job.pages })}</p> : null}
        {marked ? <p className="notice notice-ok">{t('screen.print.marked', { count: marked.count, date: dateText(marked.date) })}</p> : null}
      </div>
      {job.status === 'failed' ? (
        <p role="alert" className="notice notice-error">
          {t('screen.print.failed', { message: job.message })}
        </p>
      ) : null}
      {job.status === 'done' && job.warnings.length ? (
        <div className="notice notice-warn">
          <p>{t('screen.print.pageWarnings')}</p>
          <ul className="evening-problems">
            {job.warnings.map((w, i) => (
              <li key={i}>{t('screen.print.rowWarning', { row: w.row, text: te(w.warning.code, w.warning.params) })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {job.status === 'done' ? (
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={() => void downloadCsv(job.entries)}>
            {t('screen.print.csv')}
          </button>
          <button type="button" className="button" onClick={() => markAll(job.printed)}>
            {t('screen.print.markSent', { count: job.printed.length })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
