export type { FullName, Gender, GrammaticalCase } from './types.ts';
export { splitFullName, formatFullName } from './split.ts';
export { detectGender } from './gender.ts';
export { declineName } from './decline.ts';
export { nominativeFromDative } from './nominative.ts';
