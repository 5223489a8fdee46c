import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StepFooter } from '../../components/flow/step-footer.tsx';
import { AppStarted } from '../../first-screen/app-started.tsx';
import { Screen } from '../../components/ui/screen.tsx';
import { useDraftStore } from '../../state/draft-store.ts';
import { limits } from '../../state/model.ts';
import { LettersPanel } from '../letters/letters-panel.tsx';
import { DirectoryList } from './directory-list.tsx';
import { manualFromAddress } from './manual.ts';
import { AddressReading } from './address-reading.tsx';
import { useRecipient } from './use-recipient.ts';

// The hand-typed form (and react-hook-form with it) is not on the first screen's critical path:
// its chunk is fetched once this screen is up.
const ManualForm = lazy(() => import('./manual-form.tsx').then((m) => ({ default: m.ManualForm })));

export function PrisonerStep() {
  const { t, i18n } = useTranslation('screens');
  const recipient = useDraftStore((s) => s.recipient);
  const pasted = useDraftStore((s) => s.pastedText);
  const setPastedText = useDraftStore((s) => s.setPastedText);
  const resolved = useRecipient();
  const pasteId = useId();
  const draftId = useDraftStore((s) => s.draftId);
  return (
    <Screen title={t('prisoner.title')} intro={<p>{t('prisoner.intro')}</p>} footer={<StepFooter step="prisoner" />}>
      <LettersPanel />
      <DirectoryList />
      <h2>{t('prisoner.pasteHeading')}</h2>
      <div className="field">
        <label htmlFor={pasteId}>{t('prisoner.pasteLabel')}</label>
        <textarea
          id={pasteId}
          rows={4}
          lang="ru"
          value={pasted}
          maxLength={limits.addressText}
          aria-describedby={`${pasteId}-hint`}
          onChange={(e) => setPastedText(e.target.value)}
        />
        <p id={`${pasteId}-hint`} className="hint">
          {t('prisoner.pasteHint')}
        </p>
        {pasted.length >= limits.addressText ? (
          <p className="field-error" role="status">
            {t('prisoner.pasteAtLimit', { max: limits.addressText.toLocaleString(i18n.language) })}
          </p>
        ) : null}
      </div>
      {recipient?.kind === 'pasted' && resolved ? <AddressReading resolved={resolved} /> : null}
      <details
        className="manual"
        open={recipient?.kind === 'manual'}
        onToggle={(e) => {
          // Opening the form after a paste starts it from what was read, not from empty fields.
          const fields = useDraftStore.getState().manualFields;
          if (e.currentTarget.open && resolved && recipient?.kind === 'pasted' && !Object.values(fields).some((v) => v.trim())) {
            useDraftStore.getState().setManualFields(manualFromAddress(resolved.address));
          }
        }}
      >
        <summary>
          <h2>{t('prisoner.manualHeading')}</h2>
        </summary>
        <p className="hint">{t('prisoner.manualIntro')}</p>
        <Suspense fallback={null}>
          {/* A form per draft: which fields were left, and their messages, belong to that draft. */}
          <ManualForm key={draftId} />
          <AppStarted />
        </Suspense>
        {recipient?.kind === 'manual' && resolved ? <AddressReading resolved={resolved} /> : null}
      </details>
    </Screen>
  );
}
