import { useTranslation } from 'react-i18next';
import type { PdfWarning } from '../../core/pdf/index.ts';

/** Warnings from the PDF core (a character the font lacks, an address too long for the envelope). */
export function PdfWarnings({ warnings }: { warnings: readonly PdfWarning[] }) {
  const { t } = useTranslation('export');
  if (warnings.length === 0) return null;
  return (
    <ul className="warnings">
      {warnings.map((w, i) => {
        const params: Record<string, unknown> = { ...w.params };
        if ('block' in w.params) params.block = t(`block-${w.params.block}`);
        if ('codePoints' in w.params) params.codePoints = w.params.codePoints.join(' ');
        return <li key={`${w.code}-${i}`}>{t(w.code, params)}</li>;
      })}
    </ul>
  );
}
