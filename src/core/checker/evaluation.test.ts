import { describe, expect, it } from 'vitest';
import blind from './fixtures/letters.blind.json';
import blind2 from './fixtures/letters.blind2.json';
import blind3 from './fixtures/letters.blind3.json';
import blind4 from './fixtures/letters.blind4.json';
import blind5 from './fixtures/letters.blind5.json';
import blind6 from './fixtures/letters.blind6.json';
import blind7 from './fixtures/letters.blind7.json';
import blind8 from './fixtures/letters.blind8.json';
import blind9 from './fixtures/letters.blind9.json';
import blind10 from './fixtures/letters.blind10.json';
import blind11 from './fixtures/letters.blind11.json';
import blind12 from './fixtures/letters.blind12.json';
import clean from './fixtures/letters.clean.json';
import extra from './fixtures/letters.extra.json';
import round2a from './fixtures/letters.round2-a.json';
import round2b from './fixtures/letters.round2-b.json';
import round2c from './fixtures/letters.round2-c.json';
import round2probes from './fixtures/letters.round2-probes.json';
import independentA from './fixtures/letters.independent-a.json';
import independentB from './fixtures/letters.independent-b.json';
import independentC from './fixtures/letters.independent-c.json';
import round3 from './fixtures/letters.round3.json';
import g2round1 from './fixtures/letters.g2-round1.json';
import g2round2 from './fixtures/letters.g2-round2.json';
import g2round3 from './fixtures/letters.g2-round3.json';
import g2round4 from './fixtures/letters.g2-round4.json';
import g2round5 from './fixtures/letters.g2-round5.json';
import g2round6 from './fixtures/letters.g2-round6.json';
import g2round7 from './fixtures/letters.g2-round7.json';
import g2round8 from './fixtures/letters.g2-round8.json';
import g2round9 from './fixtures/letters.g2-round9.json';
import g2round10 from './fixtures/letters.g2-round10.json';
import g2round11 from './fixtures/letters.g2-round11.json';
import g2round12 from './fixtures/letters.g2-round12.json';
import g2round13 from './fixtures/letters.g2-round13.json';
import g2round14 from './fixtures/letters.g2-round14.json';
import g2round15 from './fixtures/letters.g2-round15.json';
import g2round16 from './fixtures/letters.g2-round16.json';
import g2round17 from './fixtures/letters.g2-round17.json';
import g2round18 from './fixtures/letters.g2-round18.json';
import g2round19 from './fixtures/letters.g2-round19.json';
import g2round20 from './fixtures/letters.g2-round20.json';
import g2round21 from './fixtures/letters.g2-round21.json';
import g2round22 from './fixtures/letters.g2-round22.json';
import g2round23 from './fixtures/letters.g2-round23.json';
import g2round24 from './fixtures/letters.g2-round24.json';
import g2round25 from './fixtures/letters.g2-round25.json';
import g2round26 from './fixtures/letters.g2-round26.json';
import g2round27 from './fixtures/letters.g2-round27.json';
import g2round28 from './fixtures/letters.g2-round28.json';
import g2round29 from './fixtures/letters.g2-round29.json';
import g2round30 from './fixtures/letters.g2-round30.json';
import g2round31 from './fixtures/letters.g2-round31.json';
import g2round32 from './fixtures/letters.g2-round32.json';
import g2round33 from './fixtures/letters.g2-round33.json';
import g2round34 from './fixtures/letters.g2-round34.json';
import g2round35 from './fixtures/letters.g2-round35.json';
import g2round36 from './fixtures/letters.g2-round36.json';
import g2round37 from './fixtures/letters.g2-round37.json';
import g2round38 from './fixtures/letters.g2-round38.json';
import g2round40 from './fixtures/letters.g2-round40.json';
import g2round41 from './fixtures/letters.g2-round41.json';
import g2round42 from './fixtures/letters.g2-round42.json';
import g2round44 from './fixtures/letters.g2-round44.json';
import g2round45 from './fixtures/letters.g2-round45.json';
import classProbesA from './fixtures/letters.class-probes-a.json';
import classProbesB from './fixtures/letters.class-probes-b.json';
import staffcaseProbes from './fixtures/letters.staffcase-probes.json';
import staffcaseProbes2 from './fixtures/letters.staffcase-probes-2.json';
import staffcaseProbes3 from './fixtures/letters.staffcase-probes-3.json';
import { findHits } from './index.ts';
import { falseAlarmRate, recall, scoreLetters, type LabelledLetter } from './score.ts';

// Regression guard over the team's own labelled letters (written like the dev corpus, see
// fixtures/). The bar is the one set for unseen letters: recall ≥ 0.85, false alarms ≤ 8 %.
const SETS: [string, unknown][] = [
  ['extra', extra],
  ['blind', blind],
  ['blind2', blind2],
  ['blind3', blind3],
  ['blind4', blind4],
  ['blind5', blind5],
  ['blind6', blind6],
  ['blind7', blind7],
  ['blind8', blind8],
  ['blind9', blind9],
  ['blind10', blind10],
  ['blind11', blind11],
  ['blind12', blind12],
  ['round2-a', round2a],
  ['round2-b', round2b],
  ['round2-c', round2c],
  ['round2-probes', round2probes],
  ['round3', round3],
  // Written by three evaluators who never saw the rules; scored blind first (0.80, 0.93 and 0.82 recall), then kept here.
  ['independent-a', independentA],
  ['independent-b', independentB],
  ['independent-c', independentC],
  // Issue 10's rounds (docs/checker-eval.md): scored first run, then fixed by class and kept here.
  ['g2-round1', g2round1],
  ['g2-round2', g2round2],
  ['g2-round3', g2round3],
  ['g2-round4', g2round4],
  ['g2-round5', g2round5],
  ['g2-round6', g2round6],
  ['g2-round7', g2round7],
  ['g2-round8', g2round8],
  ['g2-round9', g2round9],
  ['g2-round10', g2round10],
  ['g2-round11', g2round11],
  ['g2-round12', g2round12],
  ['g2-round13', g2round13],
  ['g2-round14', g2round14],
  ['g2-round15', g2round15],
  ['g2-round16', g2round16],
  ['g2-round17', g2round17],
  ['g2-round18', g2round18],
  ['g2-round19', g2round19],
  ['g2-round20', g2round20],
  ['g2-round21', g2round21],
  ['g2-round22', g2round22],
  ['g2-round23', g2round23],
  ['g2-round24', g2round24],
  ['g2-round25', g2round25],
  ['g2-round26', g2round26],
  ['g2-round27', g2round27],
  ['g2-round28', g2round28],
  ['g2-round29', g2round29],
  // Sealed through session 7, first run 0.81 / 0.82 on 6e0784a; joined after fixes by class.
  ['g2-round30', g2round30],
  ['g2-round31', g2round31],
  ['g2-round32', g2round32],
  ['g2-round33', g2round33],
  ['g2-round34', g2round34],
  // Sealed through session 8 (first run 0.83 / 0.80 on 2abd790); joined after fixes by class (digest-s8.json).
  ['g2-round35', g2round35],
  ['g2-round36', g2round36],
  // Sealed through session 8, first run 0.81 / 7.1 % on 2abd790; joined after fixes by class (0.87 / 7.1 %).
  ['g2-round37', g2round37],
  // Session 8's training rounds that met the bar at their first run (38 0.86, 40 0.87, 42 0.86, 44 0.87, 45 0.89): kept as written.
  ['g2-round38', g2round38],
  ['g2-round40', g2round40],
  ['g2-round42', g2round42],
  ['g2-round44', g2round44],
  ['g2-round45', g2round45],
  // Round 41 (first run 0.84 / 0.8 %), at the bar after fixes by class (0.855 = 153/179, 2/261): one sentence to spare.
  ['g2-round41', g2round41],
  // Class probes for code, crime, contacts, enclosures, foreign and obscene, written by the team with the rules in
  // view (new phrasings of each class, and innocent sentences shaped like them): not a blind round, a class guard.
  ['class-probes-b', classProbesB],
  // The same for politics, the case and conditions told by allusion (checker, session 5).
  ['class-probes-a', classProbesA],
  // The same for staff and the case as insiders tell them (part D, session 6).
  ['staffcase-probes', staffcaseProbes],
  // Part D's two held-out sets, kept out while their last false alarms (the writer's own army past, «уголовный
  // розыск», «присяжные поверенные») stood; fixed by class in session 7.
  ['staffcase-probes-2', staffcaseProbes2],
  ['staffcase-probes-3', staffcaseProbes3],
];

describe('the checker on labelled letters', () => {
  it.each(SETS)('meets the unseen-letter bar on %s', (_name, letters) => {
    const score = scoreLetters(letters as LabelledLetter[], findHits);
    expect(recall(score)).toBeGreaterThanOrEqual(0.85);
    expect(falseAlarmRate(score)).toBeLessThanOrEqual(0.08);
  });

  it('raises almost no false alarms on everyday sentences', () => {
    const score = scoreLetters(clean as LabelledLetter[], findHits);
    expect(falseAlarmRate(score)).toBeLessThanOrEqual(0.05);
  });
});
