import en from '../../../locales/en/checker.json';
import ru from '../../../locales/ru/checker.json';
import type { RuleData } from './rule-types.ts';
import type { Finding, Hit, Lang } from './types.ts';

// Rules of the catalogue carry their own texts in both languages; detectors written as
// code take theirs from the checker namespace of locales/, which the UI also reads.
type Texts = { message: string; suggestion: string };
const DETECTOR_TEXTS: Record<Lang, Record<string, Texts>> = { en: en.detector, ru: ru.detector };

export function localise(hit: Hit, lang: Lang, rules: ReadonlyMap<string, RuleData>): Finding {
  const rule = rules.get(hit.rule);
  const texts = rule ? { message: rule.message[lang], suggestion: rule.suggestion[lang] } : DETECTOR_TEXTS[lang][hit.rule];
  if (!texts) throw new Error(`No text for checker rule ${hit.rule}`);
  return { ...hit, ...texts };
}
