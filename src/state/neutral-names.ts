import { useLettersStore } from './letters-store.ts';
import { useSettingsStore } from './settings-store.ts';

/*
 * Neutral file names and PDF properties (issue 13; SECURITY.md "What can be seen without opening
 * anything"). Until the writer chooses, they follow the writer's situation: on for a writer in
 * Russia — or one who has not said where they post from — whose device may be looked through by
 * someone else (a search, a detention, a shared computer); off for a writer abroad, who gains
 * telling files apart at a glance and risks less. An explicit choice on the Privacy page wins.
 */
export function neutralNamesFor(choice: boolean | undefined, abroad: boolean): boolean {
  return choice ?? !abroad;
}

/** For screens: whether downloads get neutral names and properties now. */
export function useNeutralNames(): boolean {
  const choice = useSettingsStore((s) => s.neutralNames);
  const abroad = useLettersStore((s) => s.profile.abroad);
  return neutralNamesFor(choice, abroad);
}

/** The same, read at the moment of a download. */
export function neutralNamesNow(): boolean {
  return neutralNamesFor(useSettingsStore.getState().neutralNames, useLettersStore.getState().profile.abroad);
}
