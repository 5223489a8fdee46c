import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies one value to the clipboard; says so for a moment, and for screen readers. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation('screens');
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard permission: the value is on screen to select by hand.
      setCopied(false);
    }
  };
  return (
    <button type="button" className="button button-secondary button-small" aria-label={t('export.copyLabel', { field: label })} onClick={() => void copy()}>
      <span aria-live="polite">{copied ? t('export.copied') : t('export.copy')}</span>
    </button>
  );
}
