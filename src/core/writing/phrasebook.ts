import phraseData from '../../data/phrasebook/phrases.json';
import type { Localized } from './types.ts';

export interface Phrase {
  id: string;
  topic: string;
  /** Russian text may hold writer-gender forms {w:masc|fem} and a {name} blank for the recipient's name. */
  text: Localized;
}

export const phraseTopics: readonly string[] = phraseData.topics;
export const phrases: readonly Phrase[] = phraseData.phrases as Phrase[];
