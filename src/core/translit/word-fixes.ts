import exceptions from './exceptions.json';

// Word-level corrections live in data (exceptions.json) so a reviewer can add a
// stem without touching code; this file only applies them.
interface Rule {
  pattern: RegExp;
  replace: string;
  capitalizedOnly: boolean;
}

const compile = (rows: readonly (readonly string[])[]): Rule[] =>
  rows.map(([pattern = '', replace = '', , flag]) => ({ pattern: new RegExp(pattern), replace, capitalizedOnly: flag === 'capitalizedOnly' }));

const startRules: readonly (readonly [string, string])[] = exceptions.start.map(([from = '', to = '']) => [from, to] as const);
const tailRules = compile(exceptions.tail);
const endRules = compile(exceptions.end);

const isUpper = (ch: string) => ch !== ch.toLowerCase();

/** Gives `lower` the letter case of `cased`, position by position; an all-capitals word stays all capitals. */
export function recase(cased: string, lower: string): string {
  const letters = [...cased];
  const allCaps = letters.length >= 2 && letters.every(isUpper);
  if (allCaps) return lower.toUpperCase();
  return [...lower].map((ch, i) => (letters[i] !== undefined && isUpper(letters[i]) ? ch.toUpperCase() : ch)).join('');
}

/** Corrections that apply while the word is being typed (start stems, impossible letter pairs). */
export function fixWhileTyping(word: string): string {
  let lower = word.toLowerCase();
  for (const [from, to] of startRules) {
    if (lower.startsWith(from)) {
      lower = to + lower.slice(from.length);
      break;
    }
  }
  for (const rule of tailRules) lower = lower.replace(rule.pattern, rule.replace);
  return lower === word.toLowerCase() ? word : recase(word, lower);
}

/** Corrections that need to know the word is finished (Мария ← Maria, Андрей ← Andrei). */
export function fixAtWordEnd(word: string): string {
  if (word === '') return word;
  const capitalized = isUpper(word[0] ?? '');
  let lower = word.toLowerCase();
  for (const rule of endRules) {
    if (rule.capitalizedOnly && !capitalized) continue;
    lower = lower.replace(rule.pattern, rule.replace);
  }
  return lower === word.toLowerCase() ? word : recase(word, lower);
}
