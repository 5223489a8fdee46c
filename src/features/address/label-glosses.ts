import { useTranslation } from 'react-i18next';

const labels = ['to', 'where', 'index', 'from', 'fromWhere'] as const;

/** The Russian envelope labels with their meaning in the reader's language: {Кому: 'To', …}. */
export function useLabelGlosses(): Record<string, string> {
  const { t } = useTranslation('screens');
  return Object.fromEntries(labels.map((k) => [t(`address.${k}`), t(`address.gloss.${k}`)]));
}
