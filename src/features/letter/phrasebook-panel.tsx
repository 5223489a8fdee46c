import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { phrases, phraseTopics, renderPhrase, searchPhrases, type Phrase } from '../../core/writing/index.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { useRecipient } from '../prisoner/use-recipient.ts';

const shown = 30;

/** Short Russian phrases with translations, found by a word in either language and inserted at the cursor. */
export function PhrasebookPanel({ onInsert }: { onInsert: (text: string) => void }) {
  const { t, i18n } = useTranslation('screens');
  const { t: tw } = useTranslation('writing');
  const lang = i18n.resolvedLanguage === 'ru' ? 'ru' : 'en';
  const [query, setQuery] = useState('');
  const [topic, setTopic] = useState('');
  const deferred = useDeferredValue(query);
  const writerGender = useDraftStore((s) => s.sender.gender) ?? undefined;
  const recipient = useRecipient()?.address.recipient;
  const id = useId();

  const results: Phrase[] = useMemo(() => {
    if (deferred.trim()) return searchPhrases(deferred, { lang: 'auto', topic: topic || undefined, limit: shown }).map((m) => m.phrase);
    return phrases.filter((p) => !topic || p.topic === topic).slice(0, shown);
  }, [deferred, topic]);

  const russian = (p: Phrase) => renderPhrase(p, { writerGender, recipientGender: recipient?.gender ?? undefined, recipientFirst: recipient?.first });

  return (
    <section className="tool" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('letter.phrasesHeading')}</h2>
      <div className="tool-row">
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('letter.phrasesSearch')}</label>
          <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-topic`}>{t('letter.phrasesTopic')}</label>
          <select id={`${id}-topic`} value={topic} onChange={(e) => setTopic(e.target.value)}>
            <option value="">{t('letter.phrasesAllTopics')}</option>
            {phraseTopics.map((x) => (
              <option key={x} value={x}>
                {tw(`topic.${x}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {results.length === 0 ? <p className="hint">{t('letter.phrasesNone')}</p> : null}
      <ul className="phrases">
        {results.map((p) => {
          const text = russian(p);
          return (
            <li key={p.id}>
              <span className="phrase-text">
                <span lang="ru">{text}</span>
                {lang !== 'ru' ? <span className="hint">{p.text[lang] ?? p.text.en}</span> : null}
              </span>
              <button type="button" className="button button-secondary button-small" aria-label={t('letter.insertLabel', { phrase: text })} onClick={() => onInsert(text)}>
                {t('letter.insert')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
