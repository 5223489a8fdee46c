export type { Letter } from './types.ts';
export { splitParagraphs } from './types.ts';
export { formatRussianDate, toCalendarDay } from './russian-date.ts';
export { typographRussian, russianQuotes, russianDashes, gluePrepositions } from './typography.ts';
export { hyphenationPoints } from './hyphenate.ts';
export { letterToPlainText } from './plain-text.ts';
export { envelopeForms, freeFormForms, recipientLine, greetingFor } from './parties.ts';
export { readWriter, type Writer } from './writer.ts';
export { composeLetter, type ComposeInput } from './compose.ts';
