export type { BlankDefinition, FilledLetter, FillNote, FillOptions, LetterTemplate, Localized } from './types.ts';
export { templates, blanks, blanksIn, findTemplate } from './templates.ts';
export { fillTemplate } from './fill-template.ts';
export { applyGenderForms } from './gender-forms.ts';
export { phrases, phraseTopics, type Phrase } from './phrasebook.ts';
export { searchPhrases, type PhraseMatch, type SearchOptions, type SearchLang } from './search-phrases.ts';
export { editDistance } from './edit-distance.ts';
export { guidance, type GuidanceSection } from './guidance.ts';
export { renderPhrase } from './render-phrase.ts';
