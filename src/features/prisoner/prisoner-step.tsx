import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StepFooter } from '../../components/flow/step-footer.tsx';
import { Screen } from '../../components/ui/screen.tsx';
import { useDraftStore } from '../../state/draft-store.ts';
import { DirectoryList } from './directory-list.tsx';
import { ManualForm } from './manual-form.tsx';
import { AddressReading } from './address-reading.tsx';
import { useRecipient } from './use-recipient.ts';

export function PrisonerStep() {
  const { t } = useTranslation('screens');
  const recipient = useDraftStore((s) => s.recipient);
  const pasted = useDraftStore((s) => s.pastedText);
  const setPastedText = useDraftStore((s) => s.setPastedText);
  const resolved = useRecipient();
  const pasteId = useId();
  return (
    <Screen title={t('prisoner.title')} intro={<p>{t('prisoner.intro')}</p>} footer={<StepFooter step="prisoner" />}>
      <DirectoryList />
      <h2>{t('prisoner.pasteHeading')}</h2>
      <div className="field">
        <label htmlFor={pasteId}>{t('prisoner.pasteLabel')}</label>
        <textarea
          id={pasteId}
          rows={4}
          lang="ru"
          value={pasted}
          aria-describedby={`${pasteId}-hint`}
          onChange={(e) => setPastedText(e.target.value)}
        />
        <p id={`${pasteId}-hint`} className="hint">
          {t('prisoner.pasteHint')}
        </p>
      </div>
      {recipient?.kind === 'pasted' && resolved ? <AddressReading resolved={resolved} /> : null}
      <details className="manual" open={recipient?.kind === 'manual'}>
        <summary>
          <h2>{t('prisoner.manualHeading')}</h2>
        </summary>
        <p className="hint">{t('prisoner.manualIntro')}</p>
        <ManualForm />
        {recipient?.kind === 'manual' && resolved ? <AddressReading resolved={resolved} /> : null}
      </details>
    </Screen>
  );
}
