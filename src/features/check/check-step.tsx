import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { StepFooter } from '../../components/flow/step-footer.tsx';
import { Screen } from '../../components/ui/screen.tsx';
import { checkLetter } from '../../core/checker/index.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { cardIndexOf, FindingList } from '../findings/finding-list.tsx';
import { requestSelection } from '../findings/pending-selection.ts';
import { useUndo } from '../findings/undo.tsx';
import { countBySeverity } from './highlight.ts';
import { MarkedLetter } from './marked-letter.tsx';

export function CheckStep() {
  const { t, i18n } = useTranslation('screens');
  const body = useDeferredValue(useDraftStore((s) => s.body));
  const setBody = useDraftStore((s) => s.setBody);
  const lang = i18n.resolvedLanguage === 'ru' ? 'ru' : 'en';
  const findings = useMemo(() => checkLetter(body, { lang }), [body, lang]);
  const cards = useMemo(() => cardIndexOf(body, findings), [body, findings]);
  const counts = countBySeverity(findings);
  const empty = body.trim() === '';
  const { act, bar } = useUndo(body, (edit) => setBody(edit.text));
  const showInEditor = (start: number, end: number) => {
    requestSelection(start, end);
    window.location.hash = '#/letter';
  };
  return (
    <Screen title={t('check.title')} intro={<p>{t('check.intro')}</p>} footer={<StepFooter step="check" />}>
      <p className="hint">{t('check.privacyNote')}</p>
      {bar}
      {empty ? <p className="notice">{t('check.empty')}</p> : null}
      {!empty && findings.length === 0 ? <p className="notice notice-ok">{t('check.clean')}</p> : null}
      {!empty && findings.length > 0 ? (
        <>
          <p className="check-summary" role="status">
            {t('check.summary', counts)}
          </p>
          <div className="check-layout">
            <MarkedLetter text={body} findings={findings} cardOf={(f) => cards.get(f) ?? 0} />
            <section aria-labelledby="findings-h">
              <h2 id="findings-h">{t('check.findingsHeading')}</h2>
              <FindingList text={body} findings={findings} onAct={act} onShow={showInEditor} />
            </section>
          </div>
          <a className="button button-secondary" href="#/letter">
            {t('check.editLetter')}
          </a>
        </>
      ) : null}
    </Screen>
  );
}
