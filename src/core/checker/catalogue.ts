import caseRules from '../../data/rules/case.json';
import code from '../../data/rules/code.json';
import contacts from '../../data/rules/contacts.json';
import contexts from '../../data/rules/contexts.json';
import crime from '../../data/rules/crime.json';
import enclosures from '../../data/rules/enclosures.json';
import foreign from '../../data/rules/foreign.json';
import obscene from '../../data/rules/obscene.json';
import politics from '../../data/rules/politics.json';
import staff from '../../data/rules/staff.json';
import type { RuleData, RuleFile } from './rule-types.ts';

// One JSON file per category keeps each lexicon reviewable on its own; this is the one index.
export const RULE_FILES = [caseRules, politics, crime, code, foreign, obscene, staff, contacts, enclosures] as unknown as RuleFile[];

export const RULES: readonly RuleData[] = RULE_FILES.flatMap((f) => f.rules);

/** Named word lists that rules cite as `#name` in their exceptions (garden words for побеги, bee words for взяток…). */
export const CONTEXT_GROUPS: Readonly<Record<string, string[]>> = contexts.groups;
