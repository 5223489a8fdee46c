import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildFpismoDraft } from '../../core/fpismo/index.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import type { useParties } from '../address/use-parties.ts';
import { CopyButton } from './copy-button.tsx';
import { downloadExport } from './download.ts';
import { useRecipient } from '../prisoner/use-recipient.ts';
import { useLetterAdditions } from '../letter/use-letter-additions.ts';

const FPISMO_URL = 'https://fsin-pismo.ru/';

/** The F-pismo form, field by field, each with its own copy button, and the plain text of the letter. */
export function FpismoCard({ parties }: { parties: ReturnType<typeof useParties> }) {
  const { t } = useTranslation('screens');
  const { t: te } = useTranslation('export');
  const id = useId();
  const body = useDraftStore((s) => s.body);
  const [reply, setReply] = useState(false);
  // A directory address its own source calls out of date: the fields that lead to a paid letter
  // and a paid reply form stay hidden until the writer says they checked it (fifth native review, item 2).
  const stale = Boolean(useRecipient()?.record?.addressMayBeStale);
  const [checked, setChecked] = useState(false);
  const { returnAddress } = useLetterAdditions();
  const { address, writer } = parties;
  const draft = useMemo(
    () => (address ? buildFpismoDraft({ address, body, reply, sender: { name: writer?.fullName ?? null }, signature: writer?.signature }) : null),
    [address, body, reply, writer],
  );
  if (!draft || !address) return null;
  const e = draft.estimate;
  return (
    <section className="tool" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('export.fpismoHeading')}</h2>
      <p>{t('export.fpismoText')}</p>
      <p>
        {t('export.fpismoPayment')}{' '}
        {/* A plain link: the site is contacted only when the writer clicks it (no prefetch), and learns nothing of Konvert. */}
        <a href={FPISMO_URL} target="_blank" rel="noopener noreferrer">
          {t('export.fpismoLink')}
        </a>{' '}
        <span className="hint">({t('export.fpismoLinkNote')})</span>
      </p>
      {stale ? (
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" checked={checked} onChange={(ev) => setChecked(ev.target.checked)} />
            {t('export.fpismoStaleConfirm')}
          </label>
          {checked ? null : <p className="hint">{t('export.fpismoStaleHidden')}</p>}
        </div>
      ) : null}
      {stale && !checked ? null : (
        <>
          <table className="fpismo-fields">
            <tbody>
              {draft.fields
                .filter((f) => f.key !== 'text' && f.key !== 'reply')
                .map((f) => (
                  <tr key={f.key}>
                    <th scope="row">{te(f.labelKey)}</th>
                    <td lang="ru">{f.value ?? <span className="hint">{t('export.notGiven')}</span>}</td>
                    <td>{f.value ? <CopyButton value={f.value} label={te(f.labelKey)} /> : null}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('export.textLabel')}</label>
            <textarea id={`${id}-text`} lang="ru" readOnly rows={8} value={draft.text} />
            <p className="hint">{t('export.charCount', { count: draft.chars })}</p>
            {/* What is pasted is what the writer sees: the line the printed letter ends with is not in it. */}
            {returnAddress ? <p className="hint">{t('export.fpismoNoReturnAddress')}</p> : null}
          </div>
          <div className="button-row">
            <CopyButton value={draft.text} label={t('export.textLabel')} />
            <button type="button" className="button button-secondary button-small" onClick={() => downloadExport({ kind: 'fpismo', surname: address.recipient?.surname }, `${draft.text}\n`, 'text/plain;charset=utf-8')}>
              {t('export.txtButton')}
            </button>
          </div>
        </>
      )}
      <ul className="warnings">
        {draft.warnings.map((w, i) => (
          <li key={`${w.code}-${i}`}>{te(w.code, { ...w.params, codePoints: 'codePoints' in w.params ? w.params.codePoints.join(' ') : '' })}</li>
        ))}
      </ul>
      <label className="checkbox">
        <input type="checkbox" checked={reply} onChange={(ev) => setReply(ev.target.checked)} />
        {t('export.fpismoReply')}
      </label>
      <p>
        {te('estimate-summary', {
          chars: e.chars,
          pages: e.pages,
          total: e.total,
          perPage: e.perPage,
          replyPart: e.replyForm ? te('estimate-reply-part', { reply: e.replyForm }) : '',
        })}{' '}
        <span className="hint">{te('fpismo-prices-unverified', { asOf: e.asOf })}</span>
      </p>
    </section>
  );
}
