import prisoners from '../../data/prisoners.json';
import type { PrisonerRecord } from './types.ts';
import { validatePrisoner } from './validate.ts';

/** The bundled directory; an entry that fails validation is left out rather than shown half-right. */
export function loadDirectory(): PrisonerRecord[] {
  return (prisoners as unknown[]).filter((x): x is PrisonerRecord => validatePrisoner(x).length === 0);
}
