function applyToWord(original: string, declinedLower: string): string {
  const upper = original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase();
  let out = '';
  for (let i = 0; i < declinedLower.length; i++) {
    const ch = declinedLower[i] as string;
    const model = original[i];
    if (model === undefined) out += upper ? ch.toUpperCase() : ch;
    else out += model !== model.toLowerCase() ? ch.toUpperCase() : ch;
  }
  return out;
}

/**
 * Carries the writer's capitalisation over to a declined form, word by word and
 * hyphen part by hyphen part: each letter takes the case of the letter in the same
 * place of the original; added letters are capitals only in a word written in capitals.
 */
export function applyCasePattern(original: string, declinedLower: string): string {
  const from = original.split(/([- ])/u);
  const to = declinedLower.split(/([- ])/u);
  if (from.length !== to.length) return applyToWord(original, declinedLower);
  return to.map((part, i) => applyToWord(from[i] as string, part)).join('');
}
