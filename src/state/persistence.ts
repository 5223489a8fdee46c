import type { StoreApi } from 'zustand';
import type { LettersStore, LettersState } from './letters-store.ts';
import { mergeLetters, mergeLists } from './merge.ts';
import { decodeLetters, decodeLists, encode, lettersVersion, listsVersion, type Decoded } from './migrate.ts';
import { emptyLetters, isEmptyDraft, type ImportedList, type SavedLetters } from './model.ts';
import { forgetRescued, loadRescued, rescue, type RescueReason } from './rescued.ts';
import { checkStorageAvailable, clearProblems, readKey, removeKey, reportProblem, storagePrefix, wipeStoredData, writeKey } from './safe-storage.ts';
import { onFlush, scheduleFlush } from './scheduler.ts';
import { adoptSettings, forgetSettings, settingsKey, storedKeepDrafts, useSettingsStore } from './settings-store.ts';

/*
 * Saving the letters store on this device, and keeping every open tab in agreement.
 * - Two keys: `konvert.letters` (drafts, profile, corrections, history; small, saved often)
 *   and `konvert.lists` (imported lists; large, saved only when they change).
 * - Saved after a pause and on page hide (scheduler.ts), never on every key.
 * - Before each write the key is read again: if another tab saved meanwhile, its version is
 *   merged in (merge.ts); if the key vanished, another tab erased everything or chose to keep
 *   nothing, and this tab writes nothing back. Storage events and a BroadcastChannel tell open
 *   tabs at once; the check before writing also covers a tab that slept through them.
 * - Unreadable or newer data is moved aside as a rescued copy (rescued.ts); when that fails,
 *   the key is left alone and this tab stops saving it, so nothing is overwritten.
 */

export const lettersKey = `${storagePrefix}letters`;
export const listsKey = `${storagePrefix}lists`;
/** The single draft of versions 1–3, migrated on first load. */
export const legacyDraftKey = `${storagePrefix}draft`;

interface Slot<T> {
  key: string;
  /** The raw value this tab last read or wrote; null when storage holds nothing of ours. */
  lastSeen: string | null;
  /** The state objects that raw value holds (so "changed here" is an identity test); null when nothing is stored. */
  base: T | null;
  /** Set when unreadable data could not be moved aside: this key is not written in this tab. */
  blocked: boolean;
}

const letters: Slot<SavedLetters> = { key: lettersKey, lastSeen: null, base: null, blocked: false };
const lists: Slot<ImportedList[]> = { key: listsKey, lastSeen: null, base: null, blocked: false };
let erasedElsewhere = false;
let store: StoreApi<LettersStore> | null = null;
let applyingRemote = false;
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('konvert') : null;
// In Node (tests) an open channel would keep the process alive.
(channel as { unref?: () => void } | null)?.unref?.();

/** Moves unreadable data aside; true when the copy is safe and the key may be written again. */
function setAside(slot: Slot<unknown>, from: string, reason: RescueReason | 'corrupt' | 'future', raw: string): boolean {
  const keep = storedKeepDrafts();
  const stored = rescue(from, reason, raw, keep);
  if (stored || !keep) {
    removeKey(slot.key);
    slot.lastSeen = null;
    reportProblem({ key: slot.key, kind: reason === 'future' ? 'future' : 'corrupt' });
    return true;
  }
  slot.blocked = true;
  slot.lastSeen = raw;
  reportProblem({ key: slot.key, kind: 'not-kept' });
  return false;
}

function loadSlot<T>(slot: Slot<T>, from: string, decode: (raw: string) => Decoded<T>): T | null {
  const raw = readKey(slot.key);
  if (raw === null) return null;
  const decoded = decode(raw);
  if (decoded.ok) {
    slot.lastSeen = raw;
    return decoded.value;
  }
  setAside(slot, from, decoded.reason, raw);
  return null;
}

/** Old rescue keys (`konvert.draft.corrupt`, `konvert.settings.corrupt`) become rescued copies. */
function adoptOldRescues() {
  for (const from of ['draft', 'settings']) {
    const key = `${storagePrefix}${from}.corrupt`;
    const raw = readKey(key);
    if (raw !== null && rescue(from, 'corrupt', raw, true)) removeKey(key);
  }
}

let migrateLegacy = false;

/** What the letters store starts with: today's keys, or the old single draft migrated. */
export function loadPersisted(): LettersState {
  checkStorageAvailable();
  adoptOldRescues();
  let saved = loadSlot(letters, 'letters', (raw) => decodeLetters(raw));
  const legacy = readKey(legacyDraftKey);
  if (legacy !== null) {
    const decoded = saved ? null : decodeLetters(legacy, true);
    if (decoded?.ok) {
      saved = decoded.value;
      migrateLegacy = true;
    } else if (rescue('draft', decoded ? decoded.reason : 'old', legacy, storedKeepDrafts())) {
      // Unreadable, or superseded by today's key (an old tab wrote it): kept aside, never lost.
      removeKey(legacyDraftKey);
      if (decoded) reportProblem({ key: legacyDraftKey, kind: decoded.reason });
    } else if (decoded) reportProblem({ key: legacyDraftKey, kind: 'not-kept' });
  }
  letters.base = migrateLegacy ? null : saved;
  const savedLists = loadSlot(lists, 'lists', decodeLists);
  lists.base = savedLists;
  loadRescued();
  return { ...(saved ?? emptyLetters()), lists: savedLists ?? [] };
}

const pick = (s: LettersState): SavedLetters => ({ drafts: s.drafts, activeDraftId: s.activeDraftId, profile: s.profile, nameCorrections: s.nameCorrections, history: s.history });

function sameLetters(a: SavedLetters, b: SavedLetters | null): boolean {
  return !!b && a.drafts === b.drafts && a.activeDraftId === b.activeDraftId && a.profile === b.profile && a.nameCorrections === b.nameCorrections && a.history === b.history;
}

function setFromStorage(patch: Partial<LettersState>) {
  applyingRemote = true;
  store?.setState(patch);
  applyingRemote = false;
}

/** Another tab changed a key: take its version, merged with what changed here. False: write nothing. */
function absorb(slot: Slot<SavedLetters> | Slot<ImportedList[]>, raw: string | null): boolean {
  if (!store || raw === slot.lastSeen) return true;
  if (raw === null) {
    if (!storedKeepDrafts()) {
      adoptSettings(readKey(settingsKey));
      letters.lastSeen = lists.lastSeen = null;
      letters.base = lists.base = null;
    } else eraseInThisTab(true);
    return false;
  }
  const s = store.getState();
  if (slot === letters) {
    const decoded = decodeLetters(raw);
    if (!decoded.ok) return setAside(letters, 'letters', decoded.reason, raw);
    const local = pick(s);
    const merged = sameLetters(local, letters.base) ? decoded.value : mergeLetters(local, letters.base, decoded.value);
    letters.base = decoded.value;
    letters.lastSeen = raw;
    setFromStorage(merged);
  } else {
    const decoded = decodeLists(raw);
    if (!decoded.ok) return setAside(lists, 'lists', decoded.reason, raw);
    const merged = s.lists === lists.base ? decoded.value : mergeLists(s.lists, lists.base ?? [], decoded.value);
    lists.base = decoded.value;
    lists.lastSeen = raw;
    setFromStorage({ lists: merged });
  }
  return true;
}

function mayWrite(slot: Slot<unknown>): boolean {
  if (erasedElsewhere || slot.blocked || !useSettingsStore.getState().keepDrafts) return false;
  if (storedKeepDrafts()) return true;
  // Another tab chose "keep nothing" and this one missed the event (it slept): obey it now.
  adoptSettings(readKey(settingsKey));
  return false;
}

/** One empty draft and nothing else: no reason to create a key for it. */
function isPristine(s: SavedLetters): boolean {
  const d = s.drafts[0];
  return s.drafts.length === 1 && !!d && isEmptyDraft(d) && !s.profile.name && !s.profile.address && s.profile.gender === null && !s.profile.abroad && Object.keys(s.nameCorrections).length === 0 && Object.keys(s.history).length === 0;
}

function flushLetters() {
  if (!store) return;
  const now = pick(store.getState());
  if (sameLetters(now, letters.base) || (letters.base === null && isPristine(now)) || !mayWrite(letters)) return;
  if (!absorb(letters, readKey(letters.key))) return;
  const value = pick(store.getState());
  const raw = encode(lettersVersion, value);
  if (writeKey(letters.key, raw) !== 'written') return;
  letters.lastSeen = raw;
  letters.base = value;
  if (migrateLegacy) {
    removeKey(legacyDraftKey);
    migrateLegacy = false;
  }
}

function flushLists() {
  if (!store) return;
  const value = store.getState().lists;
  if (value === lists.base || (lists.base === null && value.length === 0) || !mayWrite(lists)) return;
  if (!absorb(lists, readKey(lists.key))) return;
  const now = store.getState().lists;
  const raw = encode(listsVersion, now);
  if (writeKey(lists.key, raw) !== 'written') return;
  lists.lastSeen = raw;
  lists.base = now;
}

/** The memory half of "erase everything": every store back to empty; `elsewhere` when another tab erased. */
export function eraseInThisTab(elsewhere: boolean) {
  if (!elsewhere) wipeStoredData();
  letters.lastSeen = lists.lastSeen = null;
  letters.blocked = lists.blocked = false;
  migrateLegacy = false;
  const fresh = { ...emptyLetters(), lists: [] };
  setFromStorage(fresh);
  letters.base = lists.base = null;
  forgetSettings();
  forgetRescued();
  clearProblems();
  if (elsewhere) {
    // This tab's letters were erased too; saving again would bring back a trace of them.
    erasedElsewhere = true;
    reportProblem({ key: storagePrefix, kind: 'erased-elsewhere' });
  } else channel?.postMessage('erased');
}

/** "Keep nothing" chosen here: what is stored goes, and the next writes do not happen. */
export function forgetStoredLetters() {
  for (const key of [letters.key, lists.key, legacyDraftKey]) removeKey(key);
  letters.lastSeen = lists.lastSeen = null;
  letters.base = lists.base = null;
  migrateLegacy = false;
}

/** Connects the store to storage; called once by letters-store.ts. */
export function bindPersistence(api: StoreApi<LettersStore>) {
  store = api;
  api.subscribe((s, prev) => {
    if (applyingRemote) return;
    if (s.lists !== prev.lists || !sameLetters(pick(s), pick(prev))) scheduleFlush();
  });
  onFlush(flushLetters);
  onFlush(flushLists);
  useSettingsStore.subscribe((s, prev) => {
    if (s.keepDrafts && !prev.keepDrafts) scheduleFlush();
  });
  if (migrateLegacy) flushLetters();
  if (typeof window === 'undefined') return;
  window.addEventListener('storage', (e) => {
    if (e.key === null) absorb(letters, readKey(letters.key));
    else if (e.key === letters.key) absorb(letters, e.newValue);
    else if (e.key === lists.key) absorb(lists, e.newValue);
    else if (e.key === settingsKey && e.newValue !== null) adoptSettings(e.newValue);
    else if (e.key.startsWith(`${storagePrefix}rescued.`)) loadRescued();
  });
  channel?.addEventListener('message', (e: MessageEvent) => {
    if (e.data === 'erased' && !erasedElsewhere) eraseInThisTab(true);
  });
}

/** For tests: storage was cleared under us on purpose, start clean without the "erased elsewhere" state. */
export function resetPersistence() {
  erasedElsewhere = false;
  letters.lastSeen = lists.lastSeen = null;
  letters.base = lists.base = null;
  letters.blocked = lists.blocked = false;
  migrateLegacy = false;
}
