import { transliterate } from '../../core/address/index.ts';

/** "konvert-letter-balin.pdf": Latin letters, so the name survives every file system and mail client. */
export function exportFileName(kind: 'letter' | 'envelope' | 'fpismo', surname: string | null | undefined, extension: 'pdf' | 'txt'): string {
  const slug = transliterate(surname ?? '', 'passport')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `konvert-${kind}${slug ? `-${slug}` : ''}.${extension}`;
}
