import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blanks, blanksIn, fillTemplate, templates } from '../../core/writing/index.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { useRecipient } from '../prisoner/use-recipient.ts';

/** Choose an occasion, fill in a few words about yourself, and get a complete Russian letter. */
export function TemplatePicker({ onUse }: { onUse: (text: string) => void }) {
  const { t, i18n } = useTranslation('screens');
  const { t: tw } = useTranslation('writing');
  const lang = i18n.resolvedLanguage === 'ru' ? 'ru' : 'en';
  const [templateId, setTemplateId] = useState('');
  const sender = useDraftStore((s) => s.sender);
  const setSender = useDraftStore((s) => s.setSender);
  const blankValues = useDraftStore((s) => s.blankValues);
  const setBlankValue = useDraftStore((s) => s.setBlankValue);
  const recipient = useRecipient()?.address.recipient;
  const id = useId();
  const template = templates.find((x) => x.id === templateId);

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

  return (
    <section className="tool" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('letter.templatesHeading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-t`}>{t('letter.templateLabel')}</label>
        <select id={`${id}-t`} value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
          <option value="">{t('letter.templateNone')}</option>
          {templates.map((x) => (
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
            const value = name === 'writerName' ? sender.name : (blankValues[name] ?? '');
            const set = (v: string) => (name === 'writerName' ? setSender({ name: v }) : setBlankValue(name, v));
            const multiline = blank.case === 'sentence';
            return (
              <div className="field" key={name}>
                <label htmlFor={`${id}-${name}`}>{blank.label[lang] ?? blank.label.en}</label>
                {multiline ? (
                  <textarea id={`${id}-${name}`} lang="ru" rows={2} value={value} onChange={(e) => set(e.target.value)} aria-describedby={`${id}-${name}-d`} />
                ) : (
                  <input id={`${id}-${name}`} lang="ru" value={value} onChange={(e) => set(e.target.value)} aria-describedby={`${id}-${name}-d`} />
                )}
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
            <pre lang="ru">{filled.text}</pre>
            {translation ? (
              <div>
                <h3>{t('letter.translationHeading')}</h3>
                <pre lang={lang}>{translation.text}</pre>
              </div>
            ) : null}
          </div>
          <button type="button" className="button" onClick={() => onUse(filled.text)}>
            {t('letter.useTemplate')}
          </button>
        </>
      ) : null}
    </section>
  );
}
