// The Snowball Russian stemmer (snowballstem.org/algorithms/russian), written out
// here because the npm port bundles every language (~65 KB gzipped) while the
// checker, which runs in the browser, needs only this one. A test holds it to the
// reference port word for word.

const VOWELS = new Set('аеиоуыэюя');

type Group = { endings: string[]; afterAOrYa: boolean };

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);

const PERFECTIVE_GERUND: Group[] = [
  { endings: ['в', 'вши', 'вшись'], afterAOrYa: true },
  { endings: ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись'], afterAOrYa: false },
];
const ADJECTIVE: Group[] = [
  {
    endings: ['ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым', 'ом', 'его', 'ого', 'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею'],
    afterAOrYa: false,
  },
];
const PARTICIPLE: Group[] = [
  { endings: ['ем', 'нн', 'вш', 'ющ', 'щ'], afterAOrYa: true },
  { endings: ['ивш', 'ывш', 'ующ'], afterAOrYa: false },
];
const REFLEXIVE: Group[] = [{ endings: ['ся', 'сь'], afterAOrYa: false }];
const VERB: Group[] = [
  { endings: ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно'], afterAOrYa: true },
  {
    endings: ['ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл', 'им', 'ым', 'ен', 'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ую', 'ю'],
    afterAOrYa: false,
  },
];
const NOUN: Group[] = [
  {
    endings: ['а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией', 'ей', 'ой', 'ий', 'й', 'иям', 'ям', 'ием', 'ем', 'ам', 'ом', 'о', 'у', 'ах', 'иях', 'ях', 'ы', 'ь', 'ию', 'ью', 'ю', 'ия', 'ья', 'я'],
    afterAOrYa: false,
  },
];

/** Each class as one list, longest first, remembering which group an ending came from. */
function compile(groups: Group[]): { ending: string; afterAOrYa: boolean }[] {
  return byLength(groups.flatMap((g) => g.endings)).map((ending) => ({ ending, afterAOrYa: groups.some((g) => g.afterAOrYa && g.endings.includes(ending)) }));
}

const CLASSES = {
  perfectiveGerund: compile(PERFECTIVE_GERUND),
  adjective: compile(ADJECTIVE),
  participle: compile(PARTICIPLE),
  reflexive: compile(REFLEXIVE),
  verb: compile(VERB),
  noun: compile(NOUN),
};

/**
 * Snowball's `among`: the longest ending that fits inside the region wins; a
 * group-1 ending also needs а or я before it (kept), else the whole match fails.
 * Returns the word without the ending, or null when nothing matched.
 */
function removeEnding(word: string, limit: number, list: { ending: string; afterAOrYa: boolean }[]): string | null {
  for (const { ending, afterAOrYa } of list) {
    if (!word.endsWith(ending) || word.length - ending.length < limit) continue;
    const start = word.length - ending.length;
    if (afterAOrYa) {
      const before = word[start - 1];
      if (start - 1 < limit || (before !== 'а' && before !== 'я')) return null;
    }
    return word.slice(0, start);
  }
  return null;
}

/** RV starts after the first vowel; R2 as Snowball defines it (R1 of R1). */
function regions(word: string): { rv: number; r2: number } {
  const n = word.length;
  let i = 0;
  while (i < n && !VOWELS.has(word[i] as string)) i++;
  if (i >= n) return { rv: n, r2: n };
  const rv = i + 1;
  let j = rv;
  while (j < n && VOWELS.has(word[j] as string)) j++; // gopast non-vowel
  j++;
  while (j < n && !VOWELS.has(word[j] as string)) j++; // gopast vowel
  j++;
  while (j < n && VOWELS.has(word[j] as string)) j++; // gopast non-vowel
  j++;
  return { rv, r2: Math.min(j, n) };
}

/** The stem of one lower-case Russian word. */
export function stemRussian(input: string): string {
  const word = input.replace(/ё/g, 'е');
  const { rv, r2 } = regions(word);
  if (rv >= word.length) return word;
  let w = word;

  // Step 1: a perfective gerund, else (reflexive) then adjectival, verb or noun.
  const gerund = removeEnding(w, rv, CLASSES.perfectiveGerund);
  if (gerund !== null) w = gerund;
  else {
    w = removeEnding(w, rv, CLASSES.reflexive) ?? w;
    const adjective = removeEnding(w, rv, CLASSES.adjective);
    if (adjective !== null) w = removeEnding(adjective, rv, CLASSES.participle) ?? adjective;
    else w = removeEnding(w, rv, CLASSES.verb) ?? removeEnding(w, rv, CLASSES.noun) ?? w;
  }

  // Step 2: a final и.
  if (w.endsWith('и') && w.length - 1 >= rv) w = w.slice(0, -1);

  // Step 3: a derivational ending lying wholly in R2.
  for (const ending of ['ость', 'ост']) {
    if (w.endsWith(ending) && w.length - ending.length >= Math.max(rv, r2)) {
      w = w.slice(0, -ending.length);
      break;
    }
  }

  // Step 4: a superlative (then нн → н), or нн → н, or a final soft sign.
  if ((w.endsWith('ейше') && w.length - 4 >= rv) || (w.endsWith('ейш') && w.length - 3 >= rv)) {
    w = w.slice(0, w.endsWith('ейше') ? -4 : -3);
    if (w.endsWith('нн') && w.length - 2 >= rv) w = w.slice(0, -1);
  } else if (w.endsWith('нн') && w.length - 2 >= rv) w = w.slice(0, -1);
  else if (w.endsWith('ь') && w.length - 1 >= rv) w = w.slice(0, -1);
  return w;
}
