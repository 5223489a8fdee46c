// Translations are plain JSON files in locales/<lang>/<namespace>.json, so that
// volunteers can translate without touching code; Vite bundles them here.
import { glueForScreen } from '../core/letter/typography.ts';

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json', { eager: true });

// No-break spaces («ст. 20», «55 ₽», one-letter prepositions) applied once at load, so
// translators keep typing ordinary spaces (advice, review 2026-12 second reading §25).
function glueStrings(value: Record<string, unknown>, lang: string): Record<string, unknown> {
  const glue = (v: unknown): unknown => {
    if (typeof v === 'string') return glueForScreen(v, lang);
    if (Array.isArray(v)) return v.map(glue);
    return v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, glue(x)])) : v;
  };
  return glue(value) as Record<string, unknown>;
}

export { languages, isLanguage, type Language } from './languages.ts';

export type Resources = Record<string, Record<string, Record<string, unknown>>>;

export function loadResources(): Resources {
  const resources: Resources = {};
  for (const [path, mod] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    (resources[lang] ??= {})[ns] = glueStrings(mod.default, lang);
  }
  return resources;
}
