export { buildFpismoDraft, type FpismoDraft, type FpismoDraftInput } from './draft.ts';
export { toFpismoText, countChars, type FpismoWarning, type PlainTextResult } from './plain-text.ts';
export { estimateFpismo, type FpismoEstimate, type EstimateOptions } from './estimate.ts';
export { fpismoFields, fpismoRegion, type FpismoField, type FpismoFieldKey, type FpismoSender } from './fields.ts';
