import { create } from 'zustand';
import { decodeLanguage, decodeSettings, defaultSettings, encode, settingsVersion, type Language, type Settings } from './migrate.ts';
import { rescue } from './rescued.ts';
import { readKey, removeKey, reportProblem, storagePrefix, writeKey } from './safe-storage.ts';

/*
 * The writer's settings: keep drafts on this device or not, Latin typing, the language, neutral
 * file names.
 *
 * API for screens:
 *   useSettingsStore((s) => s.keepDrafts)      false = "keep nothing on this device"
 *   useSettingsStore((s) => s.latinInput)      setLatinInput(on)
 *   useSettingsStore((s) => s.language)        setLanguage('ru' | 'en'); null follows the browser
 *   useSettingsStore((s) => s.neutralNames)    setNeutralNames(on); absent follows the writer's
 *                                              situation — read it through neutral-names.ts
 * Turning keepDrafts off or on, and erasing, go through src/state/privacy.ts (they touch every
 * store and every tab).
 *
 * Saved at once (they are tiny) under `konvert.settings`. While keepDrafts is false only that
 * choice itself is written (no language, no typing mode, no file-name choice), so the device holds
 * nothing else; after a reload the file names are then neutral again (the default with no profile).
 */

export const settingsKey = `${storagePrefix}settings`;
const oldLanguageKey = `${storagePrefix}language`;

interface SettingsActions {
  setKeepDrafts(keep: boolean): void;
  setLatinInput(on: boolean): void;
  setLanguage(language: Language | null): void;
  setNeutralNames(on: boolean): void;
}

export type SettingsStore = Settings & SettingsActions;

/** Reads settings as stored; unreadable ones are rescued; the old `konvert.language` key is folded in. */
function loadSettings(): Settings {
  const raw = readKey(settingsKey);
  const oldLanguage = decodeLanguage(readKey(oldLanguageKey));
  let settings = defaultSettings;
  let rewrite = oldLanguage !== null;
  if (raw !== null) {
    const decoded = decodeSettings(raw);
    if (decoded.ok) {
      settings = decoded.value;
      rewrite ||= decoded.migrated;
    } else {
      // Settings hold no writing, but the raw text is kept like any other unreadable data.
      const kept = rescue('settings', decoded.reason, raw, true);
      if (kept) removeKey(settingsKey);
      reportProblem({ key: settingsKey, kind: kept ? decoded.reason : 'not-kept' });
      rewrite = kept;
    }
  }
  if (oldLanguage && settings.language === null) settings = { ...settings, language: oldLanguage };
  if (rewrite) writeSettings(settings);
  // The old detector's cache goes in any case: it held no writing, only a trace that Konvert was used.
  removeKey(oldLanguageKey);
  return settings;
}

/** Encodes what may be stored: with keepDrafts off, only that choice. */
export function encodeSettings(s: Settings): string {
  if (!s.keepDrafts) return encode(settingsVersion, { keepDrafts: false });
  // The file-name choice only once made, so settings written before it existed read the same.
  return encode(settingsVersion, { keepDrafts: true, latinInput: s.latinInput, language: s.language, ...(s.neutralNames === undefined ? {} : { neutralNames: s.neutralNames }) });
}

let lastWritten: string | null = readKey(settingsKey);

function writeSettings(s: Settings): boolean {
  const value = encodeSettings(s);
  // Settings equal to the defaults need no key at all: a fresh device stays empty until a choice is made.
  if (lastWritten === null && value === encodeSettings(defaultSettings)) return true;
  if (value === lastWritten) return true;
  const ok = writeKey(settingsKey, value) === 'written';
  if (ok) lastWritten = value;
  return ok;
}

export const useSettingsStore = create<SettingsStore>()((set) => ({
  ...loadSettings(),
  setKeepDrafts: (keepDrafts) => set({ keepDrafts }),
  setLatinInput: (latinInput) => set({ latinInput }),
  setLanguage: (language) => set({ language }),
  setNeutralNames: (neutralNames) => set({ neutralNames }),
}));

let suppressWrite = false;

useSettingsStore.subscribe((s, prev) => {
  if (s.keepDrafts !== prev.keepDrafts || s.latinInput !== prev.latinInput || s.language !== prev.language || s.neutralNames !== prev.neutralNames) {
    if (!suppressWrite) writeSettings(s);
  }
});

/** Takes settings another tab saved (or defaults after an erase) without writing them back. */
export function adoptSettings(raw: string | null) {
  const decoded = raw === null ? null : decodeSettings(raw);
  if (decoded && !decoded.ok) return;
  suppressWrite = true;
  lastWritten = raw;
  // A choice absent there is absent here too (setState merges).
  useSettingsStore.setState({ neutralNames: undefined, ...(decoded ? decoded.value : defaultSettings) });
  suppressWrite = false;
}

/** What storage says right now about keeping drafts: another tab may have turned it off. */
export function storedKeepDrafts(): boolean {
  const raw = readKey(settingsKey);
  if (raw === null) return true;
  const decoded = decodeSettings(raw);
  return decoded.ok ? decoded.value.keepDrafts : true;
}

/**
 * After an erase nothing is stored; in memory the Latin typing goes off and the file names go back
 * to the default (neutral, as the profile is gone), while the language and the keep-nothing choice
 * stay as they are for this tab (neither is written until changed).
 */
export function forgetSettings() {
  suppressWrite = true;
  lastWritten = null;
  useSettingsStore.setState({ latinInput: false, neutralNames: undefined });
  suppressWrite = false;
}
