import { describe, expect, it } from 'vitest';
import { firstScreenLanguage, settingsKey, type Visit } from '../../src/first-screen/choose.ts';
import { encode, settingsVersion } from '../../src/state/migrate.ts';
import { settingsKey as storeSettingsKey } from '../../src/state/settings-store.ts';

// Which drawn first screen a visit gets (src/first-screen/boot.ts), or none: the app then draws
// whatever it draws. Only a first visit to the first step, as the build drew it, gets one.
const settings = (state: unknown, version = settingsVersion) => encode(version, state);
const visit = (over: Partial<Visit> = {}): Visit => ({ hash: '', storedKeys: [], settings: null, preferred: ['ru-RU', 'ru'], ...over });

describe('firstScreenLanguage', () => {
  it.each<[string, Partial<Visit>, 'ru' | 'en' | null]>([
    ['a Russian browser', {}, 'ru'],
    ['an English browser', { preferred: ['en-GB', 'en'] }, 'en'],
    ['a German browser', { preferred: ['de-DE', 'de'] }, 'en'],
    ['a browser that names no language', { preferred: [] }, 'en'],
    ['the first step asked for by name', { hash: '#/prisoner' }, 'ru'],
    ['an unknown step (the app opens the first)', { hash: '#/nowhere' }, 'ru'],
    ['another step', { hash: '#/letter' }, null],
    ['the privacy page', { hash: '#/privacy' }, null],
    ['English chosen in the header', { storedKeys: [settingsKey], settings: settings({ keepDrafts: true, latinInput: false, language: 'en' }) }, 'en'],
    ['no language chosen', { storedKeys: [settingsKey], settings: settings({ keepDrafts: true, latinInput: true, language: null }) }, 'ru'],
    ['"keep nothing" chosen', { storedKeys: [settingsKey], settings: settings({ keepDrafts: false }) }, 'ru'],
    ['settings the app must rescue', { storedKeys: [settingsKey], settings: '{not json' }, null],
    ['settings from a newer Konvert', { storedKeys: [settingsKey], settings: settings({ keepDrafts: true }, settingsVersion + 1) }, null],
    ['settings the app will migrate', { storedKeys: [settingsKey], settings: settings({ keepDrafts: true }, settingsVersion - 1) }, null],
    ['a draft kept on the device', { storedKeys: ['konvert.draft'] }, null],
    ['the old language key', { storedKeys: ['konvert.language'] }, null],
    ['blocked storage', { storedKeys: null }, null],
  ])('%s', (_, over, expected) => {
    expect(firstScreenLanguage(visit(over))).toBe(expected);
  });

  it('reads the settings where the settings store keeps them', () => {
    expect(settingsKey).toBe(storeSettingsKey);
  });
});
