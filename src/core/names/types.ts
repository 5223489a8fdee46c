export type Gender = 'm' | 'f';
export type GrammaticalCase = 'dative' | 'genitive';

/** Nominative parts; first/patronymic may be initials such as "А."; null when absent. */
export interface FullName {
  surname: string;
  first: string | null;
  patronymic: string | null;
}
