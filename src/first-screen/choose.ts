import { parseRoute } from '../app/steps.ts';
import { browserLanguage, type Language } from '../i18n/languages.ts';
import { decodeSettings } from '../state/migrate.ts';
import { storagePrefix } from '../state/safe-storage.ts';

/** Where settings-store.ts keeps the settings (a test checks that the two agree). */
export const settingsKey = `${storagePrefix}settings`;

/** Sent on document by the app each time React has taken over a part of the drawn screen (app-started.tsx; boot.ts listens). */
export const appStartedEvent = 'konvert:app-started';

/** Marks each part of the screen that React takes over on its own (app-started.tsx): boot.ts counts them. */
export const firstScreenPart = 'data-first-screen-part';

/** Sent on document by boot.ts once what the writer did before that has been handed to the app. */
export const handedOverEvent = 'konvert:first-screen-handed-over';

/** What the page knows before any of the app has loaded. */
export interface Visit {
  /** location.hash */
  hash: string;
  /** Konvert's keys in localStorage, or null when storage is blocked. */
  storedKeys: readonly string[] | null;
  /** The stored settings, as stored. */
  settings: string | null;
  /** navigator.languages */
  preferred: readonly string[];
}

/**
 * The language of the drawn first screen to show, or null to show none and let the app draw
 * whatever it draws. The build draws one screen only: the first step as a first visit sees it
 * (nothing stored, storage working). Anything else (another step in the URL, letters or lists
 * kept on this device, data the app would have to rescue or report, blocked storage) might look
 * different, so it waits for the app rather than showing something the writer would not get.
 * The language is chosen as src/i18n/setup.ts chooses it: the one picked in the header, else
 * the browser's.
 */
export function firstScreenLanguage(visit: Visit): Language | null {
  if (parseRoute(visit.hash) !== 'prisoner') return null;
  if (!visit.storedKeys || visit.storedKeys.some((key) => key !== settingsKey)) return null;
  let chosen: Language | null = null;
  if (visit.settings !== null) {
    const decoded = decodeSettings(visit.settings);
    if (!decoded.ok || decoded.migrated) return null;
    chosen = decoded.value.language;
  }
  return chosen ?? browserLanguage(visit.preferred);
}
