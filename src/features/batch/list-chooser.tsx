import { useTranslation } from 'react-i18next';
import type { ImportedList } from '../../state/model.ts';

export const DIRECTORY = 'directory';

/** Konvert's own directory or one of the lists read on this device. */
export function ListChooser({ lists, directoryCount, value, onChange, onRemove }: { lists: ImportedList[]; directoryCount: number; value: string; onChange: (id: string) => void; onRemove: (id: string) => void }) {
  const { t } = useTranslation('batch');
  return (
    <fieldset className="evening-lists">
      <legend>{t('screen.lists.legend')}</legend>
      <label className="checkbox">
        <input type="radio" name="evening-list" checked={value === DIRECTORY} onChange={() => onChange(DIRECTORY)} />
        {t('screen.lists.directory', { count: directoryCount })}
      </label>
      {lists.map((list) => (
        <div key={list.id} className="evening-list">
          <label className="checkbox">
            <input type="radio" name="evening-list" checked={value === list.id} onChange={() => onChange(list.id)} />
            {t('screen.lists.list', { name: list.name, count: list.rows.length })}
          </label>
          {value === list.id ? (
            <button type="button" className="button button-secondary button-small" onClick={() => onRemove(list.id)}>
              {t('screen.lists.remove')}
            </button>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}
