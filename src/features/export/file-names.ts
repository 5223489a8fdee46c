import { transliterate } from '../../core/address/index.ts';

/** Every kind of file Konvert hands to the writer. */
export type ExportFile =
  /** A letter PDF, the envelope PDF (with its reply envelope), the F-pismo .txt draft: for one prisoner. */
  | { kind: 'letter' | 'envelope' | 'fpismo'; surname: string | null | undefined }
  /** The evening pack PDF and the CSV record of what was printed for whom. */
  | { kind: 'pack' | 'record' }
  /** The backup of everything kept. */
  | { kind: 'backup' }
  /** A copy of saved data Konvert could not read; `from` is the key it came from. */
  | { kind: 'kept'; from: string };

/*
 * Neutral names (Privacy: "Neutral file names") say what a file is in the plainest words and the
 * day, nothing else: no prisoner, no "konvert", no "fpismo" or "evening", nothing that stands out in
 * a Downloads folder, a viewer's recent files or a cloud backup. The day is already in the file's
 * own date. Two downloads on one day get the browser's own " (1)".
 */
const neutral: Record<ExportFile['kind'], [string, string]> = {
  letter: ['letter', 'pdf'],
  envelope: ['envelope', 'pdf'],
  fpismo: ['text', 'txt'],
  pack: ['document', 'pdf'],
  record: ['table', 'csv'],
  backup: ['backup', 'json'],
  kept: ['data', 'json'],
};

/** "balin" for «Балин»: Latin letters, so the name survives every file system and mail client. */
function slug(surname: string | null | undefined): string {
  return transliterate(surname ?? '', 'passport')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The names Konvert has always given, for a writer who wants to tell files apart at a glance. */
function namedFile(file: ExportFile, day: string): string {
  switch (file.kind) {
    case 'letter':
    case 'envelope':
    case 'fpismo': {
      const who = slug(file.surname);
      return `konvert-${file.kind}${who ? `-${who}` : ''}.${file.kind === 'fpismo' ? 'txt' : 'pdf'}`;
    }
    case 'pack':
      return `konvert-evening-${day}.pdf`;
    case 'record':
      return `konvert-evening-${day}.csv`;
    case 'backup':
      return `konvert-backup-${day}.json`;
    case 'kept':
      return `konvert-kept-${day}-${slug(file.from) || 'data'}.json`;
  }
}

/**
 * The name a download is offered under. `day` is YYYY-MM-DD: today for what is made now, the day a
 * kept copy was made for that copy.
 */
export function exportFileName(file: ExportFile, day: string, neutralNames: boolean): string {
  if (!neutralNames) return namedFile(file, day);
  const [word, extension] = neutral[file.kind];
  return `${word}-${day}.${extension}`;
}
