import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LayoutPageSvg } from '../../components/ui/layout-page-svg.tsx';
import type { EnvelopeFormat, EnvelopeSpec, PdfWarning } from '../../core/pdf/index.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { neutralNamesNow } from '../../state/neutral-names.ts';
import type { useParties } from '../address/use-parties.ts';
import { downloadExport } from './download.ts';
import { FileNameHint } from './file-name-hint.tsx';
import { sansFont } from './fonts.ts';
import { JobStatus } from './job-status.tsx';
import { PdfWarnings } from './pdf-warnings.tsx';
import { useEnvelopePreview } from './use-envelope-preview.ts';
import { useJob } from './use-job.ts';
import { useRecipient } from '../prisoner/use-recipient.ts';

const formats: EnvelopeFormat[] = ['DL', 'C6', 'C5', 'C4', 'A4'];

export function EnvelopeCard({ parties, ready }: { parties: ReturnType<typeof useParties>; ready: boolean }) {
  const { t } = useTranslation('screens');
  const id = useId();
  const [format, setFormat] = useState<EnvelopeFormat>('DL');
  // A stamped reply envelope works only with Russian stamps: on by default only for a writer in Russia (review §A 2).
  const abroad = useDraftStore((s) => s.sender.abroad);
  const [withReply, setWithReply] = useState(!abroad);
  // The directory calls this address out of date: the reply envelope leaves «Откуда» blank (fifth review, item 7).
  const stale = Boolean(useRecipient()?.record?.addressMayBeStale);
  const [warnings, setWarnings] = useState<PdfWarning[]>([]);
  const { state, run } = useJob();
  const { prisoner, writer } = parties;
  const spec = useMemo<EnvelopeSpec | null>(
    () => (prisoner && writer ? { format, recipient: prisoner.recipient, sender: writer.forms.sender } : null),
    [prisoner, writer, format],
  );
  const preview = useEnvelopePreview(spec);

  const make = () =>
    run(async () => {
      const { prisoner, writer, address } = parties;
      if (!prisoner || !writer) throw new Error('no address');
      const [{ createEnvelopePdf, letterEnvelope, replyEnvelope }, sans] = await Promise.all([import('../../core/pdf/index.ts'), sansFont()]);
      const envelopes = [letterEnvelope(prisoner, writer.forms, format)];
      if (withReply) envelopes.push(replyEnvelope(prisoner, writer.forms, format, { senderAddressUnknown: stale }));
      const neutral = neutralNamesNow();
      const result = await createEnvelopePdf({ envelopes, fonts: { sans }, neutral });
      setWarnings(result.warnings);
      downloadExport({ kind: 'envelope', surname: address?.recipient?.surname }, result.bytes, 'application/pdf', { neutral });
      return result.pageCount;
    });

  return (
    <section className="tool" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('export.envelopeHeading')}</h2>
      <p>{t('export.envelopeText')}</p>
      <div className="field">
        <label htmlFor={`${id}-format`}>{t('export.format')}</label>
        <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value as EnvelopeFormat)}>
          {formats.map((f) => (
            <option key={f} value={f}>
              {t(`export.formatOption.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={withReply} onChange={(e) => setWithReply(e.target.checked)} />
        {t('export.withReply')}
      </label>
      <p className="hint">{t(abroad ? 'export.withReplyAbroad' : 'export.withReplyHint')}</p>
      {withReply && stale ? <p className="hint">{t('export.withReplyStale')}</p> : null}
      {preview ? <LayoutPageSvg page={preview} label={t('export.previewLabel', { format })} /> : null}
      <button type="button" className="button" disabled={!ready || state.status === 'working'} onClick={() => void make()}>
        {t('export.envelopeButton')}
      </button>
      <FileNameHint file={{ kind: 'envelope', surname: parties.address?.recipient?.surname }} />
      <JobStatus state={state} doneKey="export.madeEnvelope" />
      <PdfWarnings warnings={warnings} />
    </section>
  );
}
