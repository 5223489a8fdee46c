import type { Gender } from '../names/index.ts';

const FORM = /\{([wr]):([^|{}]*)\|([^|{}]*)\}/g;

/**
 * Picks the masculine or feminine form in {w:рад|рада} (the writer) and {r:Дорогой|Дорогая} (the recipient).
 * When a gender is not known, both forms are shown the way Russian forms do it, рад(а), so the letter
 * stays readable, and the caller is told which gender to ask for.
 */
export function applyGenderForms(text: string, writer: Gender | undefined, recipient: Gender | undefined) {
  const unknown = new Set<'w' | 'r'>();
  const out = text.replace(FORM, (_all, who: 'w' | 'r', masc: string, fem: string) => {
    const gender = who === 'w' ? writer : recipient;
    if (gender) return gender === 'f' ? fem : masc;
    unknown.add(who);
    return bothForms(masc, fem);
  });
  return { text: out, writerUnknown: unknown.has('w'), recipientUnknown: unknown.has('r') };
}

function bothForms(masc: string, fem: string): string {
  const m = masc.split(' ');
  const f = fem.split(' ');
  if (m.length === f.length) return m.map((word, i) => bothWord(word, f[i] ?? '')).join(' ');
  return `${masc} / ${fem}`;
}

function bothWord(masc: string, fem: string): string {
  if (masc === fem) return masc;
  if (fem.startsWith(masc)) return `${masc}(${fem.slice(masc.length)})`;
  return `${masc}/${fem}`;
}
