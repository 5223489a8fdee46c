// Advice that depends on where the writer is and how the letter goes (issue 11):
// a stamped reply envelope only helps from inside Russia, and nothing can be
// enclosed with an e-letter. Templates and phrases name what they need in a
// `requires` field; the UI passes the writer's situation and shows what fits.

/** What the writer has told Konvert about their letter; null or absent means "not known yet". */
export interface WritingSituation {
  /** Posting from outside Russia. */
  abroad?: boolean | null;
  /** A paper letter, or an e-letter through F-pismo. */
  channel?: 'paper' | 'fpismo' | null;
}

/**
 * - `paper`: a paper letter or card; `fpismo`: an F-pismo e-letter;
 * - `abroad` / `in-russia`: where the writer posts from;
 * - `enclosure`: something goes in the envelope (paper only);
 * - `russian-stamps`: a stamped reply envelope, which works only with Russian stamps (paper, from Russia).
 */
export type SituationNeed = 'paper' | 'fpismo' | 'abroad' | 'in-russia' | 'enclosure' | 'russian-stamps';

export const SITUATION_NEEDS: readonly SituationNeed[] = ['paper', 'fpismo', 'abroad', 'in-russia', 'enclosure', 'russian-stamps'];

/**
 * Whether one need is met. A text that only describes a situation (a postcard,
 * a letter from abroad) is shown until the situation rules it out; a text
 * that claims an enclosure is shown only when the writer has said the letter
 * goes on paper (and, for Russian stamps, from inside Russia), because a wrong
 * claim costs the reply.
 */
export function situationAllows(need: SituationNeed, s: WritingSituation = {}): boolean {
  switch (need) {
    case 'paper':
      return s.channel !== 'fpismo';
    case 'fpismo':
      return s.channel !== 'paper';
    case 'abroad':
      return s.abroad !== false;
    case 'in-russia':
      return s.abroad !== true;
    case 'enclosure':
      return s.channel === 'paper';
    case 'russian-stamps':
      return s.channel === 'paper' && s.abroad === false;
  }
}

/** Whether a template or phrase fits the writer's situation (all its needs are met). */
export function fitsSituation(item: { requires?: readonly SituationNeed[] }, s: WritingSituation = {}): boolean {
  return (item.requires ?? []).every((need) => situationAllows(need, s));
}

/**
 * The situation as far as the writer has told it. `abroad` is known once the
 * writer ticked «из-за границы» or typed an address without ticking it (the
 * profile's `false` is also its empty default, so on its own it means nothing).
 */
export function writingSituation(sender: { abroad: boolean; address: string }, channel?: 'paper' | 'fpismo' | null): WritingSituation {
  return { abroad: sender.abroad ? true : sender.address.trim() ? false : null, channel: channel ?? null };
}
