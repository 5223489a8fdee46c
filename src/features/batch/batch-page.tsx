import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrisonerRecord } from '../../core/directory/index.ts';
import { Screen } from '../../components/ui/screen.tsx';
import { useLettersStore } from '../../state/letters-store.ts';
import { directory } from '../prisoner/recipient.ts';
import { ImportPanel } from './import-panel.tsx';
import { DIRECTORY, ListChooser } from './list-chooser.tsx';
import { PrintPanel } from './print-panel.tsx';
import { RowList } from './row-list.tsx';

/**
 * The letter evening (issue 14): read a published list, choose many prisoners or all of
 * them, print one pack (envelopes, writing sheets, the rules page), download the record of
 * what was printed, and mark them all as sent.
 */
export function BatchPage() {
  const { t } = useTranslation('batch');
  const lists = useLettersStore((s) => s.lists);
  const [listId, setListId] = useState<string>(() => lists.at(-1)?.id ?? DIRECTORY);
  const current = lists.find((l) => l.id === listId);
  const records: PrisonerRecord[] = useMemo(() => current?.rows ?? directory(), [current]);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(records.map((r) => r.id)));
  const [removed, setRemoved] = useState(false);
  const choose = (id: string, rows?: PrisonerRecord[]) => {
    setListId(id);
    setRemoved(false);
    const next = rows ?? useLettersStore.getState().lists.find((l) => l.id === id)?.rows ?? directory();
    setChosen(new Set(next.map((r) => r.id)));
  };
  const remove = (id: string) => {
    useLettersStore.getState().removeList(id);
    choose(DIRECTORY, directory());
    setRemoved(true);
  };
  // List order, and each person's row in it, are kept whatever the search shows.
  const rowOf = useMemo(() => {
    const rows = new Map(records.map((r, i) => [r.id, i + 1]));
    return (r: PrisonerRecord) => rows.get(r.id) ?? 0;
  }, [records]);
  const chosenRecords = useMemo(() => records.filter((r) => chosen.has(r.id)), [records, chosen]);
  return (
    <Screen title={t('screen.title')} intro={<p>{t('screen.intro')}</p>}>
      <ImportPanel onImported={(id) => choose(id)} />
      <ListChooser lists={lists} directoryCount={directory().length} value={current ? listId : DIRECTORY} onChange={(id) => choose(id)} onRemove={remove} />
      {removed ? (
        <p role="status" className="hint">
          {t('screen.lists.removed')}
        </p>
      ) : null}
      <RowList key={current?.id ?? DIRECTORY} records={records} chosen={chosen} onChange={setChosen} />
      <PrintPanel records={chosenRecords} rowOf={rowOf} />
    </Screen>
  );
}
