import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cyrillicNames } from '../../core/translit/index.ts';
import { typeLatinKey } from '../../core/writing/splice.ts';

interface Props {
  id: string;
  value: string;
  onChange(value: string): void;
  /** Typing Russian with Latin letters, as in the letter box. */
  latin: boolean;
  multiline?: boolean;
  describedBy?: string;
  autoComplete?: string;
}

/**
 * A field whose text ends up in the letter: with Latin typing on, keys become Cyrillic as in
 * the letter box; a name or place typed in Latin gets a one-click Cyrillic spelling
 * (Jane → Джейн, London → Лондон), because a censor reads Latin as a foreign language.
 */
export function CyrillicField({ id, value, onChange, latin, multiline = false, describedBy, autoComplete }: Props) {
  const { t } = useTranslation('screens');
  const [composing, setComposing] = useState(false);
  // The Latin keys behind the Cyrillic typed at the end of the field: "Jane" typed key by key
  // reads as Russian («Йане»), so the name's usual spelling is offered from what was typed.
  const [typed, setTyped] = useState({ latin: '', result: '' });
  const fromTyped = !multiline && typed.result === value && typed.latin ? cyrillicNames(typed.latin) : null;
  const suggestion = cyrillicNames(value) ?? fromTyped;
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (!latin || composing || e.ctrlKey || e.metaKey || e.altKey || e.key.length !== 1) return;
    e.preventDefault();
    const el = e.currentTarget;
    const start = el.selectionStart ?? el.value.length;
    const edit = typeLatinKey(el.value, start, el.selectionEnd ?? el.value.length, e.key);
    const atEnd = start === el.value.length && typed.result === el.value;
    setTyped({ latin: (atEnd ? typed.latin : '') + e.key, result: edit.text });
    onChange(edit.text);
    requestAnimationFrame(() => el.setSelectionRange(edit.caret, edit.caret));
  };
  const props = {
    id,
    lang: 'ru',
    value,
    autoComplete,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    onKeyDown,
    onCompositionStart: () => setComposing(true),
    onCompositionEnd: () => setComposing(false),
    'aria-describedby': [describedBy, suggestion ? `${id}-cyr` : null].filter(Boolean).join(' ') || undefined,
  };
  return (
    <>
      {multiline ? <textarea rows={2} {...props} /> : <input {...props} />}
      {suggestion && suggestion !== value ? (
        <p id={`${id}-cyr`} className="cyrillic-suggestion">
          <span>{t('letter.latinInField')}</span>{' '}
          <button type="button" className="button button-secondary button-small" onClick={() => onChange(suggestion)}>
            {t('letter.writeAs', { text: suggestion })}
          </button>
        </p>
      ) : null}
    </>
  );
}
