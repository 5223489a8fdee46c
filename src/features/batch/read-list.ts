import type { ImportedRow, ListImport, ListImportOptions } from '../../core/directory/index.ts';
import type { ListImportMessage, ListImportRequest } from './list-import.worker.ts';

const CHUNK = 200;

/**
 * The list as the page gets it back from the worker, a slice of rows per message: each merged
 * row points again at the very record of the row it repeats, and the records are the rows read
 * first for each person, in list order (as the import itself gives them).
 */
export function joinRows(rows: ImportedRow[], rest: Omit<ListImport, 'rows' | 'records'>): ListImport {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const joined = rows.map((r) => (r.status === 'merged' && r.sameAs !== null ? { ...r, record: byRow.get(r.sameAs)?.record ?? r.record } : r));
  const records = joined.flatMap((r) => (r.status === 'ok' && r.record ? [r.record] : []));
  return { ...rest, rows: joined, records };
}

/** In the page, a chunk at a time: where workers are missing (tests) or the worker could not start. */
async function readInPage(text: string, opts: ListImportOptions, onProgress: (done: number, total: number) => void): Promise<ListImport> {
  const { importListInChunks } = await import('../../core/directory/list-import.ts');
  return importListInChunks(text, opts, { chunk: 50, onProgress });
}

/**
 * Reads a list in a worker, so the page stays responsive on a long list, reporting progress;
 * falls back to reading it in the page a chunk at a time.
 */
export function readList(text: string, opts: ListImportOptions, onProgress: (done: number, total: number) => void): Promise<ListImport> {
  if (typeof Worker === 'undefined') return readInPage(text, opts, onProgress);
  return new Promise<ListImport>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./list-import.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(readInPage(text, opts, onProgress));
      return;
    }
    let started = false;
    const rows: ImportedRow[] = [];
    worker.onmessage = ({ data }: MessageEvent<ListImportMessage>) => {
      started = true;
      if (data.type === 'progress') return onProgress(data.done, data.total);
      if (data.type === 'rows') return void rows.push(...data.rows);
      worker.terminate();
      if (data.type === 'done') resolve(joinRows(rows, data.result));
      else reject(new Error(data.message));
    };
    // A worker that fails to load (a blocked script, an old browser) has not read anything yet: read in the page.
    worker.onerror = (event) => {
      worker.terminate();
      if (started) reject(new Error(event.message));
      else resolve(readInPage(text, opts, onProgress));
    };
    worker.postMessage({ text, opts, chunk: CHUNK } satisfies ListImportRequest);
  });
}
