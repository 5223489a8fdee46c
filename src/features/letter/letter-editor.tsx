import { useId, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraftStore } from '../../state/draft-store.ts';
import { useSettingsStore } from '../../state/settings-store.ts';
import { LiveCheck } from './live-check.tsx';
import { typeLatinKey, type Edited } from './splice.ts';

/** The letter itself, with optional Latin-letter typing for writers without a Russian keyboard. */
export function LetterEditor({ textareaRef, onEdit }: { textareaRef: RefObject<HTMLTextAreaElement | null>; onEdit: (edit: Edited) => void }) {
  const { t } = useTranslation('screens');
  const { t: tw } = useTranslation('writing');
  const body = useDraftStore((s) => s.body);
  const setBody = useDraftStore((s) => s.setBody);
  const latinInput = useSettingsStore((s) => s.latinInput);
  const setLatinInput = useSettingsStore((s) => s.setLatinInput);
  const id = useId();
  // An input method (IME) composing a character owns the keys until it is done.
  const [composing, setComposing] = useState(false);

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!latinInput || composing || e.ctrlKey || e.metaKey || e.altKey || e.key.length !== 1) return;
    e.preventDefault();
    const el = e.currentTarget;
    onEdit(typeLatinKey(el.value, el.selectionStart, el.selectionEnd, e.key));
  };

  return (
    <div className="field letter-field">
      <label htmlFor={id}>{t('letter.bodyLabel')}</label>
      <label className="checkbox">
        <input type="checkbox" checked={latinInput} onChange={(e) => setLatinInput(e.target.checked)} aria-describedby={`${id}-latin`} />
        {tw('translit.toggle')}
      </label>
      {latinInput ? (
        <p id={`${id}-latin`} className="hint">
          {t('letter.latinHint')}
        </p>
      ) : null}
      <textarea
        id={id}
        ref={textareaRef}
        className="letter-body"
        lang="ru"
        rows={16}
        spellCheck
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={onKeyDown}
        onCompositionStart={() => setComposing(true)}
        onCompositionEnd={() => setComposing(false)}
        aria-describedby={`${id}-count`}
      />
      <p id={`${id}-count`} className="hint">
        {t('letter.count', { count: body.length })}
      </p>
      <LiveCheck body={body} />
    </div>
  );
}
