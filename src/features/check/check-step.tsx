import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { StepFooter } from '../../components/flow/step-footer.tsx';
import { Screen } from '../../components/ui/screen.tsx';
import { checkLetter } from '../../core/checker/index.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { FindingList } from './finding-list.tsx';
import { countBySeverity } from './highlight.ts';
import { MarkedLetter } from './marked-letter.tsx';

export function CheckStep() {
  const { t, i18n } = useTranslation('screens');
  const body = useDeferredValue(useDraftStore((s) => s.body));
  const lang = i18n.resolvedLanguage === 'ru' ? 'ru' : 'en';
  const findings = useMemo(() => checkLetter(body, { lang }), [body, lang]);
  const counts = countBySeverity(findings);
  const empty = body.trim() === '';
  return (
    <Screen title={t('check.title')} intro={<p>{t('check.intro')}</p>} footer={<StepFooter step="check" />}>
      <p className="hint">{t('check.privacyNote')}</p>
      {empty ? <p className="notice">{t('check.empty')}</p> : null}
      {!empty && findings.length === 0 ? <p className="notice notice-ok">{t('check.clean')}</p> : null}
      {!empty && findings.length > 0 ? (
        <>
          <p className="check-summary" role="status">
            {t('check.summary', counts)}
          </p>
          <div className="check-layout">
            <MarkedLetter text={body} findings={findings} />
            <FindingList text={body} findings={findings} />
          </div>
          <a className="button button-secondary" href="#/letter">
            {t('check.editLetter')}
          </a>
        </>
      ) : null}
    </Screen>
  );
}
