import { useTranslation } from 'react-i18next';
import { today } from '../../state/letters-store.ts';
import { useNeutralNames } from '../../state/neutral-names.ts';
import { exportFileName, type ExportFile } from './file-names.ts';

/** The name the download will get, as it will get it, with the way to the setting (issue 13). */
export function FileNameHint({ file }: { file: ExportFile }) {
  const { t } = useTranslation('screens');
  const neutral = useNeutralNames();
  return (
    <p className="hint">
      {t('export.savedAs', { name: exportFileName(file, today(), neutral) })} <a href="#/privacy">{t(neutral ? 'export.namesNeutral' : 'export.namesNamed')}</a>
    </p>
  );
}
