import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { phrasesFor, phraseFits, writingSituation, phraseMeaning, phraseTopics, renderPhrase, searchPhrases, type Phrase } from '../../core/writing/index.ts';
import { useDraftStore } from '../../state/draft-store.ts';
import { useRecipient } from '../prisoner/use-recipient.ts';

const shown = 30;

/**
 * Short Russian phrases with translations, found by a word in either language and inserted at
 * the letter's cursor. The list is one tab stop: arrow keys move between phrases, Enter inserts.
 * Inserting does not move the page, so the writer can add several phrases from where they are.
 */
export function PhrasebookPanel({ onInsert }: { onInsert: (text: string) => void }) {
  const { t, i18n } = useTranslation('screens');
  const { t: tw } = useTranslation('writing');
  const lang = i18n.resolvedLanguage === 'ru' ? 'ru' : 'en';
  const [query, setQuery] = useState('');
  const [topic, setTopic] = useState('');
  const [active, setActive] = useState(0);
  const [inserted, setInserted] = useState('');
  const deferred = useDeferredValue(query);
  const writerGender = useDraftStore((s) => s.sender.gender) ?? undefined;
  const sender = useDraftStore((s) => s.sender);
  const channel = useDraftStore((s) => s.options.channel);
  const recipient = useRecipient()?.address.recipient;
  const options = useMemo(
    () => ({ writerGender, recipientGender: recipient?.gender ?? undefined, recipientFirst: recipient?.first }),
    [writerGender, recipient],
  );
  const list = useRef<HTMLUListElement>(null);
  const id = useId();

  const results: Phrase[] = useMemo(() => {
    const fitting = new Set(phrasesFor(writingSituation(sender, channel)).filter((p) => phraseFits(p, options)));
    const found = deferred.trim() ? searchPhrases(deferred, { lang: 'auto', topic: topic || undefined }).map((m) => m.phrase) : [...fitting].filter((p) => !topic || p.topic === topic);
    return found.filter((p) => fitting.has(p)).slice(0, shown);
  }, [deferred, topic, sender, channel, options]);
  const current = Math.min(active, Math.max(0, results.length - 1));

  const move = (e: KeyboardEvent<HTMLUListElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(results.length - 1, current + step));
    setActive(next);
    list.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };

  const insert = (text: string, index: number) => {
    setActive(index);
    onInsert(text);
    setInserted(t('letter.inserted', { phrase: text }));
  };

  return (
    <section className="tool" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('letter.phrasesHeading')}</h2>
      <div className="tool-row">
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('letter.phrasesSearch')}</label>
          <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby={`${id}-keys`} />
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
      <p id={`${id}-keys`} className="hint">
        {t('letter.phrasesKeys')}
      </p>
      {results.length === 0 ? <p className="hint">{t('letter.phrasesNone')}</p> : null}
      <ul className="phrases" ref={list} onKeyDown={move} aria-label={t('letter.phrasesHeading')}>
        {results.map((p, i) => {
          const text = renderPhrase(p, options);
          return (
            <li key={p.id}>
              <span className="phrase-text">
                <span lang="ru">{text}</span>
                {lang !== 'ru' ? <span className="hint">{phraseMeaning(p, lang, options)}</span> : null}
              </span>
              <button
                type="button"
                className="button button-secondary button-small"
                tabIndex={i === current ? 0 : -1}
                aria-label={t('letter.insertLabel', { phrase: text })}
                onClick={() => insert(text, i)}
              >
                {t('letter.insert')}
              </button>
            </li>
          );
        })}
      </ul>
      <p role="status" className="hint">
        {inserted}
      </p>
    </section>
  );
}
