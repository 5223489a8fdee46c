/**
 * The letter flow, in the order a writer goes through it. It lives beside the step
 * footer that every screen shows, so screens never reach into the app shell for it.
 */
export const steps = ['prisoner', 'letter', 'check', 'address', 'export'] as const;
export type StepId = (typeof steps)[number];

export function neighbours(step: StepId): { previous: StepId | null; next: StepId | null } {
  const i = steps.indexOf(step);
  return { previous: steps[i - 1] ?? null, next: steps[i + 1] ?? null };
}
