import { today } from '../../state/letters-store.ts';
import { neutralNamesNow } from '../../state/neutral-names.ts';
import { exportFileName, type ExportFile } from './file-names.ts';

/** Hands a file made in the browser to the user; nothing is uploaded anywhere. */
export function download(data: Uint8Array | string, filename: string, type: string) {
  const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/**
 * Hands over a file Konvert made, under its name: neutral or not as the writer's privacy setting
 * says at this moment (pass `neutral` when the file's contents were made with that same reading).
 */
export function downloadExport(file: ExportFile, data: Uint8Array | string, type: string, opts: { neutral?: boolean; day?: string } = {}) {
  download(data, exportFileName(file, opts.day ?? today(), opts.neutral ?? neutralNamesNow()), type);
}
