import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { composeLetter } from '../../core/letter/index.ts';
import type { PdfWarning } from '../../core/pdf/index.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { neutralNamesNow } from '../../state/neutral-names.ts';
import type { useParties } from '../address/use-parties.ts';
import { downloadExport } from './download.ts';
import { FileNameHint } from './file-name-hint.tsx';
import { serifFont, warmPdf } from './fonts.ts';
import { JobStatus } from './job-status.tsx';
import { PdfWarnings } from './pdf-warnings.tsx';
import { useJob } from './use-job.ts';
import { useLetterAdditions } from '../letter/use-letter-additions.ts';

export function LetterCard({ parties, ready }: { parties: ReturnType<typeof useParties>; ready: boolean }) {
  const { t } = useTranslation('screens');
  const { state, run } = useJob();
  const additions = useLetterAdditions();
  const [warnings, setWarnings] = useState<PdfWarning[]>([]);

  // Exactly what the letter step shows: the header, the text, the sign-off and return address it listed.
  const compose = () => {
    const { address, writer } = parties;
    if (!address) throw new Error('no recipient');
    return composeLetter({
      body: useDraftStore.getState().body,
      address,
      signature: writer?.signature ?? '',
      date: new Date(),
      // The line the editor's preview showed above the letter (with the writer's corrected dative), and nothing else.
      recipientLine: additions.recipientLine,
      returnAddress: additions.returnAddress,
    });
  };
  // Makes the letter once, unseen, while the writer reads the step: the first click is then as quick as the second (fonts.ts).
  useEffect(() => {
    if (ready) void warmPdf(compose);
  });

  const make = () =>
    run(async () => {
      const letter = compose();
      // The PDF code (pdf-lib and the font subsetter) is large: it loads only when the writer exports.
      const [{ createLetterPdf }, serif] = await Promise.all([import('../../core/pdf/index.ts'), serifFont()]);
      const neutral = neutralNamesNow();
      const result = await createLetterPdf({ letter, fonts: { serif }, neutral });
      setWarnings(result.warnings);
      downloadExport({ kind: 'letter', surname: parties.address?.recipient?.surname }, result.bytes, 'application/pdf', { neutral });
      return result.pageCount;
    });

  return (
    <section className="tool" aria-labelledby="letter-card-h">
      <h2 id="letter-card-h">{t('export.letterHeading')}</h2>
      <p>{t('export.letterText')}</p>
      <button type="button" className="button" disabled={!ready || state.status === 'working'} onClick={() => void make()}>
        {t('export.letterButton')}
      </button>
      <FileNameHint file={{ kind: 'letter', surname: parties.address?.recipient?.surname }} />
      <JobStatus state={state} doneKey="export.madeLetter" />
      <PdfWarnings warnings={warnings} />
    </section>
  );
}
