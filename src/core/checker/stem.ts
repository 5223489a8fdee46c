import { stemRussian } from '../stemmer/russian.ts';
import { boundedMemo } from './memo.ts';

// Snowball's Russian stemmer folds inflections (суд, суда, судом → суд). Stemming is the
// costliest step per word, so stems are memoised; letters reuse most of their words.
export const stem: (word: string) => string = boundedMemo(50_000, stemRussian);
