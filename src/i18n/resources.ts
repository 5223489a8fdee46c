// Translations are plain JSON files in locales/<lang>/<namespace>.json, so that
// volunteers can translate without touching code; Vite bundles them here.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json', { eager: true });

export const languages = ['ru', 'en'] as const;
export type Language = (typeof languages)[number];

export type Resources = Record<string, Record<string, Record<string, unknown>>>;

export function loadResources(): Resources {
  const resources: Resources = {};
  for (const [path, mod] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    (resources[lang] ??= {})[ns] = mod.default;
  }
  return resources;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
