// The languages Konvert speaks and how a browser's preference maps onto them. Kept apart from
// the translations themselves so that the first-screen script (src/first-screen/boot.ts) can
// choose the language before first paint without carrying i18next or the locale files.

export const languages = ['ru', 'en'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The browser's preferred languages, first one we have; English for anything but Russian. */
export function browserLanguage(preferred: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language])): Language {
  for (const tag of preferred) {
    const code = tag.slice(0, 2).toLowerCase();
    if (isLanguage(code)) return code;
  }
  return 'en';
}
