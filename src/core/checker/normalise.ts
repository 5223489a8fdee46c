// Censors read what a word means, not how it is typed: writers hide words with Latin
// look-alike letters (вoйна with a Latin o), ё written as е, capitals and stress marks.
// Every comparison in the checker goes through these functions.

/** Latin letters that look like Cyrillic ones, read as Cyrillic inside Cyrillic words. */
const HOMOGLYPHS: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'и', k: 'к', m: 'м', n: 'п', o: 'о', p: 'р', r: 'г', t: 'т', u: 'и', x: 'х', y: 'у',
};

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/i;
const MASK = /[*#@]/g;

export type Script = 'cyr' | 'lat' | 'mixed' | 'none';

export function scriptOf(word: string): Script {
  const cyr = CYRILLIC.test(word);
  const lat = LATIN.test(word);
  if (cyr && lat) return 'mixed';
  if (cyr) return 'cyr';
  return lat ? 'lat' : 'none';
}

/** Lower case, ё → е, no stress marks, Latin look-alikes → Cyrillic when the word is mixed. */
export function normaliseWord(word: string): string {
  let w = word.toLowerCase().replace(/[\u0300-\u036f]/g, '').replace(/ё/g, 'е');
  if (scriptOf(w) === 'mixed') {
    let out = '';
    for (const ch of w) out += HOMOGLYPHS[ch] ?? ch;
    w = out;
  }
  return w;
}

export function stripMasks(word: string): string {
  return word.replace(MASK, '');
}

export function hasMask(word: string): boolean {
  return /[*#@]/.test(word);
}
