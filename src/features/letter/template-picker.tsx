import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CyrillicField } from '../../components/flow/cyrillic-field.tsx';
import { blanks, blanksIn, fillTemplate, templatesFor, writingSituation } from '../../core/writing/index.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { useSettingsStore } from '../../state/settings-store.ts';
import { useRecipient } from '../prisoner/use-recipient.ts';

/**
 * Choose an occasion, fill in a few words about yourself, and get a complete Russian letter.
 * Nothing goes into the letter while a blank is empty: the empty ones are named instead, so
 * no {city} can reach the paper. The panel folds away once the template is in the letter.
 */
export function TemplatePicker({ onUse }: { onUse: (text: string) => boolean }) {
  const { t, i18n } = useTranslation('screens');
  const { t: tw } = useTranslation('writing');
  const lang = i18n.resolvedLanguage === 'ru' ? 'ru' : 'en';
  const [templateId, setTemplateId] = useState('');
  const [open, setOpen] = useState(() => useDraftStore.getState().body.trim() === '');
  const [used, setUsed] = useState(false);
  const sender = useDraftStore((s) => s.sender);
  const setSender = useDraftStore((s) => s.setSender);
  const blankValues = useDraftStore((s) => s.blankValues);
  const setBlankValue = useDraftStore((s) => s.setBlankValue);
  const latin = useSettingsStore((s) => s.latinInput);
  const recipient = useRecipient()?.address.recipient;
  const id = useId();
  const channel = useDraftStore((s) => s.options.channel);
  const offered = useMemo(() => templatesFor(writingSituation(sender, channel)), [sender, channel]);
  const template = offered.find((x) => x.id === templateId);

  const values = useMemo(() => ({ ...blankValues, writerName: sender.name }), [blankValues, sender.name]);
  const options = useMemo(
    () => ({
      recipient: recipient?.surname ? { surname: recipient.surname, first: recipient.first, patronymic: recipient.patronymic } : undefined,
      recipientGender: recipient?.gender ?? undefined,
      writerGender: sender.gender ?? undefined,
    }),
    [recipient, sender.gender],
  );
  const filled = template ? fillTemplate(template, values, options) : null;
  const translation = template && lang !== 'ru' ? fillTemplate(template, values, { ...options, lang }) : null;
  const writerBlanks = template ? blanksIn(template.text.ru).filter((b) => blanks[b]?.source === 'writer') : [];
  const missing = (filled?.missing ?? []).map((name) => (blanks[name]?.source === 'recipient' ? t('letter.chooseRecipientFirst') : (blanks[name]?.label[lang] ?? name)));
  // The preview shows an empty blank by its label, never as {code}.
  const preview = (text: string) => text.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => `[${blanks[name]?.label[lang] ?? name}]`);

  const use = () => {
    if (!filled || missing.length > 0) return;
    if (onUse(filled.text)) {
      setUsed(true);
      setOpen(false);
    }
  };

  return (
    <details className="tool template-tool" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2 id={`${id}-h`}>{t('letter.templatesHeading')}</h2>
      </summary>
      {used ? <p className="hint">{t('letter.templateUsed')}</p> : null}
      <div className="field">
        <label htmlFor={`${id}-t`}>{t('letter.templateLabel')}</label>
        <select id={`${id}-t`} value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
          <option value="">{t('letter.templateNone')}</option>
          {offered.map((x) => (
            <option key={x.id} value={x.id}>
              {x.occasion[lang] ?? x.occasion.en}
            </option>
          ))}
        </select>
        {template ? <p className="hint">{template.note[lang] ?? template.note.en}</p> : null}
      </div>
      {template && filled ? (
        <>
          <fieldset className="inline-choice">
            <legend>{t('letter.writerGender')}</legend>
            {(['m', 'f', null] as const).map((g) => (
              <label key={String(g)}>
                <input type="radio" name={`${id}-g`} checked={sender.gender === g} onChange={() => setSender({ gender: g })} />
                {t(g === 'm' ? 'letter.genderM' : g === 'f' ? 'letter.genderF' : 'letter.genderUnknown')}
              </label>
            ))}
          </fieldset>
          {writerBlanks.map((name) => {
            const blank = blanks[name];
            if (!blank) return null;
            return (
              <div className="field" key={name}>
                <label htmlFor={`${id}-${name}`}>{blank.label[lang] ?? blank.label.en}</label>
                <CyrillicField
                  id={`${id}-${name}`}
                  value={name === 'writerName' ? sender.name : (blankValues[name] ?? '')}
                  onChange={(v) => (name === 'writerName' ? setSender({ name: v }) : setBlankValue(name, v))}
                  latin={latin}
                  multiline={blank.case === 'sentence'}
                  describedBy={`${id}-${name}-d`}
                />
                <p id={`${id}-${name}-d`} className="hint">
                  {blank.description[lang] ?? blank.description.en}
                </p>
              </div>
            );
          })}
          {filled.notes.length > 0 ? (
            <ul className="warnings">
              {filled.notes.map((n) => (
                <li key={n.code}>{tw(`notes.${n.code}`, n.params ?? {})}</li>
              ))}
            </ul>
          ) : null}
          <div className="template-preview">
            <pre lang="ru">{preview(filled.text)}</pre>
            {translation ? (
              <div>
                <h3>{t('letter.translationHeading')}</h3>
                <pre lang={lang}>{preview(translation.text)}</pre>
              </div>
            ) : null}
          </div>
          {missing.length > 0 ? (
            <p className="notice notice-warn" id={`${id}-missing`}>
              {t('letter.notFilled', { blanks: missing.join(', ') })} {t('letter.fillToInsert')}
            </p>
          ) : null}
          <button type="button" className="button" onClick={use} aria-disabled={missing.length > 0} aria-describedby={missing.length > 0 ? `${id}-missing` : undefined}>
            {t('letter.useTemplate')}
          </button>
        </>
      ) : null}
    </details>
  );
}
