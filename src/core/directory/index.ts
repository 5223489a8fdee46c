export type { DirectoryError, DirectoryErrorCode, ImportError, PrisonerAddress, PrisonerRecord } from './types.ts';
export { validatePrisoner } from './validate.ts';
export { importPrisoners, type ImportOptions, type ImportResult } from './import.ts';
export { buildPrisoner, prisonerId, type PrisonerInput } from './record.ts';
export { parseCsv } from './csv.ts';
export { loadDirectory } from './directory.ts';
