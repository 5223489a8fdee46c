/*
 * Trusted Types (the CSP says `require-trusted-types-for 'script'; trusted-types default`):
 * no string may become HTML or script. The one `default` policy lets through only script URLs
 * of this origin (the service worker, a bundled worker chunk); HTML and script strings have no
 * policy at all, so any markup injected as text would be refused by the browser itself.
 * Imported first by main.tsx, before anything could reach a sink.
 */

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL?: (url: string) => string }): unknown;
}

const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;

/** Same-origin script URLs only; anything else is refused (and reported by the browser). */
export function allowScriptUrl(url: string, origin = location.origin): string {
  const parsed = new URL(url, location.href);
  if (parsed.origin !== origin) throw new TypeError(`Konvert loads scripts from its own origin only: ${parsed.origin}`);
  return parsed.href;
}

try {
  factory?.createPolicy('default', { createScriptURL: (url) => allowScriptUrl(url) });
} catch {
  /* a default policy already exists (a second copy of this module): it is the same rule */
}
