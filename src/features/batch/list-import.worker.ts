import { startListImport, type ImportedRow, type ListImport, type ListImportOptions } from '../../core/directory/list-import.ts';

/**
 * Reads a list off the page's thread: a 10,000-row list takes seconds of parsing, and the
 * screen must keep answering (and show progress) meanwhile. Progress goes back every chunk;
 * the rows go back once all are read (merging may still change an earlier row's record), a
 * slice per message so that no single message takes the page long to receive.
 */
export type ListImportRequest = { text: string; opts: ListImportOptions; chunk: number };
export type ListImportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'rows'; rows: ImportedRow[] }
  | { type: 'done'; result: Omit<ListImport, 'rows' | 'records'> }
  | { type: 'failed'; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ListImportRequest>) => void) | null;
  postMessage(message: ListImportMessage): void;
}

const scope = globalThis as unknown as WorkerScope;
const ROWS_PER_MESSAGE = 500;

scope.onmessage = ({ data }) => {
  try {
    const job = startListImport(data.text, data.opts);
    scope.postMessage({ type: 'progress', done: 0, total: job.total });
    while (!job.step(data.chunk)) scope.postMessage({ type: 'progress', done: job.done, total: job.total });
    scope.postMessage({ type: 'progress', done: job.done, total: job.total });
    const { rows, format, errors, skipped } = job.result();
    for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) scope.postMessage({ type: 'rows', rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
    scope.postMessage({ type: 'done', result: { format, errors, skipped } });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};

