import { describe, expect, it } from 'vitest';
import { exportFileName, type ExportFile } from './file-names.ts';

const day = '2026-12-06';

describe('exportFileName', () => {
  it.each<[ExportFile, string, string]>([
    [{ kind: 'letter', surname: 'Балин' }, 'konvert-letter-balin.pdf', 'letter-2026-12-06.pdf'],
    [{ kind: 'envelope', surname: 'Тер-Петросян' }, 'konvert-envelope-ter-petrosian.pdf', 'envelope-2026-12-06.pdf'],
    [{ kind: 'fpismo', surname: 'Щукина' }, 'konvert-fpismo-shchukina.txt', 'text-2026-12-06.txt'],
    [{ kind: 'letter', surname: null }, 'konvert-letter.pdf', 'letter-2026-12-06.pdf'],
    [{ kind: 'letter', surname: '«»' }, 'konvert-letter.pdf', 'letter-2026-12-06.pdf'],
    [{ kind: 'pack' }, 'konvert-evening-2026-12-06.pdf', 'document-2026-12-06.pdf'],
    [{ kind: 'record' }, 'konvert-evening-2026-12-06.csv', 'table-2026-12-06.csv'],
    [{ kind: 'backup' }, 'konvert-backup-2026-12-06.json', 'backup-2026-12-06.json'],
    [{ kind: 'kept', from: 'letters' }, 'konvert-kept-2026-12-06-letters.json', 'data-2026-12-06.json'],
  ])('%j: %s, or neutral %s', (file, named, neutral) => {
    expect(exportFileName(file, day, false)).toBe(named);
    expect(exportFileName(file, day, true)).toBe(neutral);
  });

  // Whatever the surname, a neutral name is the same plain word and the day: nothing of the person.
  it.each(['Балин', 'Тер-Петросян', 'Щукина', "d'Artagnan", '../../etc/passwd', 'x'.repeat(500), '\u202eкод', ''])('a neutral name carries nothing of «%s»', (surname) => {
    for (const kind of ['letter', 'envelope', 'fpismo'] as const) {
      const name = exportFileName({ kind, surname }, day, true);
      expect(name).toMatch(/^(letter|envelope|text)-2026-12-06\.(pdf|txt)$/);
      expect(name).not.toMatch(/konvert|fpismo/);
    }
  });

  it.each([
    ['../../etc/passwd', 'konvert-letter-etc-passwd.pdf'],
    ['\u202eкод', 'konvert-letter-kod.pdf'],
  ])('a named file keeps only Latin letters, digits and dashes of «%s»', (surname, name) => {
    expect(exportFileName({ kind: 'letter', surname }, day, false)).toBe(name);
  });
});
