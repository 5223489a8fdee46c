import type { ReplayRound } from './replay.ts';

// The groups of rounds the session-8 experiments print (veto.ts, residual.ts): the choice is made
// on rounds 1–29; the sealed rounds 30–32 are shown only with --all (npm run replay shows them
// for the frozen setting), the training rounds 33–34 with --training or --all.

type Group = [string, (n: number) => boolean];

export function replayGroups(args: readonly string[]): { num: (r: ReplayRound) => number; groups: Group[] } {
  const groups: Group[] = [
    ['1–15', (n) => n <= 15],
    ['16–29', (n) => n >= 16 && n <= 29],
    ['1–29 (choice)', (n) => n <= 29],
  ];
  if (args.includes('--all')) groups.push(['30–32 (sealed, once)', (n) => n >= 30 && n <= 32]);
  if (args.includes('--all') || args.includes('--training')) groups.push(['33–34 (training)', (n) => n >= 33 && n <= 34]);
  return { num: (r) => Number(/\d+$/.exec(r.round)?.[0]), groups };
}
