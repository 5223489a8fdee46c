import { useCallback, useState } from 'react';
import type { ListImport } from '../../core/directory/index.ts';
import { limits, newId } from '../../state/model.ts';
import { today, useLettersStore } from '../../state/letters-store.ts';
import { readList } from './read-list.ts';

export type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; done: number; total: number }
  | { status: 'done'; result: ListImport; listId: string | null }
  | { status: 'failed'; message: string };

/**
 * Reads a list in a worker (or, failing that, a chunk at a time in the page) so a 10,000-row
 * list shows its progress and the screen keeps answering; the people read are kept on this
 * device as an imported list.
 */
export function useListImport(listName: (fileName: string | null) => string) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const read = useCallback(
    async (text: string, fileName: string | null) => {
      setState({ status: 'reading', done: 0, total: 0 });
      try {
        const result = await readList(text, { today: today(), fileName: fileName ?? undefined, maxRows: limits.listRows }, (done, total) =>
          setState({ status: 'reading', done, total }),
        );
        let listId: string | null = null;
        if (result.records.length > 0) {
          listId = newId();
          useLettersStore.getState().addList({ id: listId, name: listName(fileName).slice(0, limits.shortText), importedAt: new Date().toISOString(), source: null, rows: result.records });
        }
        setState({ status: 'done', result, listId });
        return listId;
      } catch (error) {
        setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
        return null;
      }
    },
    [listName],
  );
  return { state, read };
}
