import { steps, type StepId } from '../components/flow/steps.ts';

export { steps, neighbours, type StepId } from '../components/flow/steps.ts';

export type Route = StepId | 'privacy' | 'guide' | 'evening';

export function parseRoute(hash: string): Route {
  const id = hash.replace(/^#\/?/, '');
  if (id === 'privacy' || id === 'guide' || id === 'evening') return id;
  return (steps as readonly string[]).includes(id) ? (id as StepId) : 'prisoner';
}
