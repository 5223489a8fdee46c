import { useTranslation } from 'react-i18next';
import { checkLetter } from '../../core/checker/index.ts';
import { returnAddressSwitch } from '../../core/letter/index.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { highlightSegments } from '../check/highlight.ts';
import type { useLetterAdditions } from './use-letter-additions.ts';

type Additions = ReturnType<typeof useLetterAdditions>;

/** Added lines as they print, with what the check finds in them marked too. */
function AddedLines({ text }: { text: string }) {
  const findings = checkLetter(text);
  return (
    <pre className="letter-added" lang="ru">
      {highlightSegments(text, findings).map((s) =>
        s.severity ? (
          <mark key={s.start} className={`mark mark-${s.severity}`}>
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </pre>
  );
}

/** The header Konvert prints above the letter: the recipient line and the date. */
export function LetterHeaderPreview({ additions }: { additions: Additions }) {
  const { t } = useTranslation('screens');
  if (additions.header.length === 0) return null;
  return (
    <div className="letter-addition">
      <p className="hint">{t('letter.headerAdded')}</p>
      <pre className="letter-added letter-header" lang="ru">
        {additions.header.join('\n')}
      </pre>
    </div>
  );
}

/** The sign-off and return address Konvert adds below the letter, checked like the rest, and the switch for the address. */
export function LetterEndPreview({ additions }: { additions: Additions }) {
  const { t } = useTranslation('screens');
  const setOptions = useDraftStore((s) => s.setOptions);
  const added = [additions.signature, additions.returnAddress].filter(Boolean).join('\n\n');
  const findings = added ? checkLetter(added).filter((f) => f.severity !== 'low') : [];
  return (
    <div className="letter-addition">
      {added ? (
        <>
          <p className="hint">{t('letter.endAdded')}</p>
          <AddedLines text={added} />
          {findings.length > 0 ? (
            <p className="notice notice-warn">
              {/* From abroad the address must stay in Latin letters on the envelope, or the reply is lost:
                  the advice there is to switch the line off, not to rewrite the address (sixth review, item 1). */}
              {additions.abroad && additions.returnAddress ? (
                t('letter.addedFindingsAbroad')
              ) : (
                <>
                  {t('letter.addedFindings')} <a href="#/address">{t('letter.changeSender')}</a>
                </>
              )}
            </p>
          ) : null}
        </>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={additions.returnSetting} onChange={(e) => setOptions(returnAddressSwitch(e.target.checked, additions.abroad))} />
        {t('letter.returnAddressOption')}
      </label>
      <p className="hint">{t(additions.abroad ? 'letter.returnAddressHintAbroad' : 'letter.returnAddressHint')}</p>
    </div>
  );
}
