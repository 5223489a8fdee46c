import en from '../../../locales/en/checker.json';
import ru from '../../../locales/ru/checker.json';
import glosses from '../../data/rules/glosses.json';
import { LEARNED_RULE } from './learned-layer.ts';
import { boundedMemo } from './memo.ts';
import type { RuleData } from './rule-types.ts';
import type { Finding, Hit, Lang } from './types.ts';

// Rules of the catalogue carry their own texts in both languages; detectors written as
// code take theirs from the checker namespace of locales/, which the UI also reads.
type Texts = { message: string; suggestion: string };
const DETECTOR_TEXTS: Record<Lang, Record<string, Texts>> = { en: en.detector, ru: ru.detector };
// A gloss is always English (it is what the Russian says), so detectors keep theirs with the data.
const DETECTOR_GLOSSES: Record<string, string> = glosses.detectors;

/** «a», «a and b», «a, b and c» in the message's language. */
function list(items: readonly string[], lang: Lang): string {
  const and = lang === 'ru' ? ' и ' : ' and ';
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/** The message names what was matched: the words as written in Russian, their meanings in English. */
function naming(base: string, hit: Hit, lang: Lang): string {
  const items = lang === 'ru' ? [...new Set((hit.words ?? []).map((w) => `«${w}»`))] : (hit.what ?? []);
  if (items.length === 0) return base;
  return `${headOf(base)}: ${list(items, lang)}.`;
}

// A message that lists examples («…: следователь, допросы») gives way to what was matched. The
// same few messages come back on every check, so each one's head is cut once.
const headOf = boundedMemo(5_000, (base) => base.replace(/:\s[^:]*$/u, '').replace(/[.!]\s*$/u, ''));

type LearnedTexts = typeof en.learned;
const LEARNED_TEXTS: Record<Lang, LearnedTexts> = { en: en.learned, ru: ru.learned };
const plurals = { en: new Intl.PluralRules('en'), ru: new Intl.PluralRules('ru') };

/**
 * The learned layer's finding says plainly that it is a statistical guess, why such sentences
 * are stopped (its category's reason), which words weighed most, and a safer way for that category.
 */
function localiseLearned(hit: Hit, lang: Lang): Finding {
  const texts = LEARNED_TEXTS[lang];
  const words = hit.words ?? [];
  const category = hit.category as keyof LearnedTexts['why'];
  const form = `words_${plurals[lang].select(words.length)}` as keyof LearnedTexts;
  const named = words.length ? ` ${(texts[form] as string).replace('{{words}}', list(words.map((w) => `«${w}»`), lang))}` : '';
  return {
    category: hit.category,
    severity: hit.severity,
    start: hit.start,
    end: hit.end,
    rule: hit.rule,
    message: `${texts.guess} ${texts.why[category]}${named}`,
    suggestion: `${texts.instead[category]} ${texts.keep}`,
    gloss: texts.gloss.replace('{{category}}', ((en.category as Record<string, string>)[hit.category] ?? hit.category).toLowerCase()),
  };
}

export function localise(hit: Hit, lang: Lang, rules: ReadonlyMap<string, RuleData>): Finding {
  if (hit.rule === LEARNED_RULE) return localiseLearned(hit, lang);
  const rule = rules.get(hit.rule);
  const texts: Texts | undefined = rule ? { message: rule.message[lang], suggestion: rule.suggestion[lang] } : DETECTOR_TEXTS[lang][hit.rule];
  const gloss = rule ? (rule.gloss ?? rule.message.en.replace(/\.$/u, '')) : DETECTOR_GLOSSES[hit.rule];
  if (!texts || gloss === undefined) throw new Error(`No text for checker rule ${hit.rule}`);
  const finding: Finding = {
    category: hit.category,
    severity: hit.severity,
    start: hit.start,
    end: hit.end,
    rule: hit.rule,
    message: naming(texts.message, hit, lang),
    suggestion: texts.suggestion,
    gloss: hit.what?.length ? (rule ? hit.what.join('; ') : `${gloss}: ${hit.what.join('; ')}`) : gloss,
  };
  if (hit.replacement !== undefined) finding.replacement = hit.replacement;
  if (rule?.risksWriter) finding.risksWriter = true;
  return finding;
}
