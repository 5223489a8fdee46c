import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-names.ts';

describe('exportFileName', () => {
  it.each([
    ['letter', 'Балин', 'pdf', 'konvert-letter-balin.pdf'],
    ['envelope', 'Тер-Петросян', 'pdf', 'konvert-envelope-ter-petrosian.pdf'],
    ['fpismo', 'Щукина', 'txt', 'konvert-fpismo-shchukina.txt'],
    ['letter', null, 'pdf', 'konvert-letter.pdf'],
    ['letter', '«»', 'pdf', 'konvert-letter.pdf'],
  ] as const)('names a %s to %s as %s', (kind, surname, ext, name) => {
    expect(exportFileName(kind, surname, ext)).toBe(name);
  });
});
