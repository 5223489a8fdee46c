import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../components/ui/screen.tsx';
import { today } from '../../state/letters-store.ts';
import { useNeutralNames } from '../../state/neutral-names.ts';
import { eraseEverything, setKeepDrafts } from '../../state/privacy.ts';
import { useSettingsStore } from '../../state/settings-store.ts';
import { exportFileName } from '../export/file-names.ts';
import { BackupSection } from './backup-section.tsx';
import { RescuedSection } from './rescued-section.tsx';

export function PrivacyPage() {
  const { t } = useTranslation('screens');
  const { t: tc } = useTranslation();
  const id = useId();
  const keepDrafts = useSettingsStore((s) => s.keepDrafts);
  const neutralNames = useNeutralNames();
  const [wiped, setWiped] = useState(false);
  const where = t('privacy.where', { returnObjects: true }) as string[];

  const wipe = () => {
    if (!window.confirm(t('privacy.wipeConfirm'))) return;
    void eraseEverything().then(() => setWiped(true));
  };

  return (
    <Screen title={t('privacy.title')} intro={<p>{t('privacy.intro')}</p>} footer={<a className="button button-secondary" href="#/letter">{tc('nav.backToLetter')}</a>}>
      <h2>{t('privacy.whereHeading')}</h2>
      <ul className="plain-list">
        {where.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <label className="checkbox">
        <input type="checkbox" checked={keepDrafts} aria-describedby={`${id}-keep`} onChange={(e) => void setKeepDrafts(e.target.checked)} />
        {t('privacy.keepDrafts')}
      </label>
      <p id={`${id}-keep`} className="hint">
        {t('privacy.keepDraftsHint')}
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={neutralNames} aria-describedby={`${id}-neutral`} onChange={(e) => useSettingsStore.getState().setNeutralNames(e.target.checked)} />
        {t('privacy.neutralNames')}
      </label>
      <p id={`${id}-neutral`} className="hint">
        {t('privacy.neutralNamesHint', { example: exportFileName({ kind: 'letter', surname: null }, today(), true) })}
      </p>
      <BackupSection />
      <RescuedSection />
      <h2>{t('privacy.wipeHeading')}</h2>
      <p>{t('privacy.wipeText')}</p>
      <button type="button" className="button button-danger" onClick={wipe}>
        {t('privacy.wipeButton')}
      </button>
      {wiped ? (
        <p role="status" className="notice">
          {t('privacy.wiped')}
        </p>
      ) : null}
    </Screen>
  );
}
