import { steps, type StepId } from '../components/flow/steps.ts';

export { steps, neighbours, type StepId } from '../components/flow/steps.ts';

/** The screens outside the five steps, each at #/<name>. */
export const pages = ['privacy', 'guide', 'evening'] as const;

export type Route = StepId | (typeof pages)[number];

export function parseRoute(hash: string): Route {
  const id = hash.replace(/^#\/?/, '');
  const page = pages.find((p) => p === id);
  if (page) return page;
  return (steps as readonly string[]).includes(id) ? (id as StepId) : 'prisoner';
}
