/**
 * The PDF code ships without the parts of pdf-lib and fontkit that Konvert never calls
 * (scripts/pdf-slim.ts swaps them for the modules in this folder). Reaching one of
 * them is a programming error, named here rather than failing somewhere deep inside.
 */
export function unsupported(what: string): never {
  throw new Error(`${what} is not included in Konvert's PDF build (see scripts/pdf-slim.ts)`);
}
