/** The letter flow, in the order a writer goes through it. */
export const steps = ['prisoner', 'letter', 'check', 'address', 'export'] as const;
export type StepId = (typeof steps)[number];

export type Route = StepId | 'privacy' | 'guide';

export function parseRoute(hash: string): Route {
  const id = hash.replace(/^#\/?/, '');
  if (id === 'privacy' || id === 'guide') return id;
  return (steps as readonly string[]).includes(id) ? (id as StepId) : 'prisoner';
}

export function neighbours(step: StepId): { previous: StepId | null; next: StepId | null } {
  const i = steps.indexOf(step);
  return { previous: steps[i - 1] ?? null, next: steps[i + 1] ?? null };
}
