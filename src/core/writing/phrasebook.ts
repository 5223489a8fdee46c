import phraseData from '../../data/phrasebook/phrases.json';
import { fitsSituation, type SituationNeed, type WritingSituation } from './situation.ts';
import type { Localized } from './types.ts';

export interface Phrase {
  id: string;
  topic: string;
  /** What the phrase assumes about the letter (an enclosure, F-pismo): see situation.ts. */
  requires?: SituationNeed[];
  /** Russian text may hold writer-gender forms {w:masc|fem} and a {name} blank for the recipient's name. */
  text: Localized;
}

export const phraseTopics: readonly string[] = phraseData.topics;
export const phrases: readonly Phrase[] = phraseData.phrases as Phrase[];

/** The phrases that fit the writer's situation: «прилагаю … конверт с марками» only on paper from Russia. */
export function phrasesFor(situation: WritingSituation = {}): Phrase[] {
  return phrases.filter((p) => fitsSituation(p, situation));
}
