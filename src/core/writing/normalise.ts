const GENDER_FORM = /\{w:([^|{}]*)\|([^|{}]*)\}/g;

/** Lower case, ё read as е (most people type е), punctuation dropped: the form both query and phrases are compared in. */
export function normaliseForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function words(text: string): string[] {
  const norm = normaliseForSearch(text);
  return norm === '' ? [] : norm.split(' ');
}

/** Both genders' wording of a phrase, so «рад{w:|а}» is found by «рад» and «рада». */
export function bothGenders(text: string): string {
  const masc = text.replace(GENDER_FORM, (_all, m: string) => m);
  const fem = text.replace(GENDER_FORM, (_all, _m: string, f: string) => f);
  return masc === fem ? masc : `${masc} ${fem}`;
}
