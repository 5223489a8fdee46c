import allusions from '../../data/rules/allusions.json';
import allusions2 from '../../data/rules/allusions-2.json';
import caseRules from '../../data/rules/case.json';
import casePlain from '../../data/rules/case-plain.json';
import code from '../../data/rules/code.json';
import conditions from '../../data/rules/conditions.json';
import conditionsPlain from '../../data/rules/conditions-plain.json';
import contacts from '../../data/rules/contacts.json';
import contexts from '../../data/rules/contexts.json';
import crime from '../../data/rules/crime.json';
import enclosures from '../../data/rules/enclosures.json';
import foreign from '../../data/rules/foreign.json';
import judgement from '../../data/rules/judgement.json';
import obscene from '../../data/rules/obscene.json';
import politics from '../../data/rules/politics.json';
import politicsClasses from '../../data/rules/politics-classes.json';
import politicsEveryday from '../../data/rules/politics-everyday.json';
import signals from '../../data/rules/signals.json';
import slang from '../../data/rules/slang.json';
import staff from '../../data/rules/staff.json';
import verdict from '../../data/rules/verdict.json';
import inside from '../../data/rules/inside.json';
import hints from '../../data/rules/hints.json';
import warAtHome from '../../data/rules/war-at-home.json';
import supportAndExile from '../../data/rules/support-and-exile.json';
import prisonWorld from '../../data/rules/prison-world.json';
import faithAndExile from '../../data/rules/faith-and-exile.json';
import lastPassS6 from '../../data/rules/last-pass-s6.json';
import allusionsS7 from '../../data/rules/allusions-s7.json';
import partBS7 from '../../data/rules/part-b-s7.json';
import meaningClasses from '../../data/rules/meaning-classes.json';
import warReachedHome from '../../data/rules/war-reached-home.json';
import digestS8 from '../../data/rules/digest-s8.json';
import partBS8 from '../../data/rules/part-b-s8.json';
import recurringS9 from '../../data/rules/recurring-s9.json';
import type { RuleData, RuleFile } from './rule-types.ts';

// One JSON file per category keeps each lexicon reviewable on its own, and one per class of
// text (the case told without legal terms, questions about conditions…); this is the one index.
// Lexicons first (one per category), then the classes of text that cut across them.
export const RULE_FILES = [caseRules, politics, crime, code, foreign, obscene, staff, contacts, enclosures, conditions, conditionsPlain, verdict, casePlain, judgement, politicsClasses, politicsEveryday, warAtHome, supportAndExile, allusions, allusions2, slang, signals, inside, hints, prisonWorld, faithAndExile, lastPassS6, allusionsS7, partBS7, meaningClasses, warReachedHome, partBS8, digestS8, recurringS9] as unknown as RuleFile[];

export const RULES: readonly RuleData[] = RULE_FILES.flatMap((f) => f.rules);

/** Named word lists that rules cite as `#name` in their exceptions (garden words for побеги, bee words for взяток…). */
export const CONTEXT_GROUPS: Readonly<Record<string, string[]>> = contexts.groups;
