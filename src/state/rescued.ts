import { newId } from './model.ts';
import { readKey, removeKey, storagePrefix, storedKeys, writeKey } from './safe-storage.ts';

/*
 * Rescued copies: saved data this version could not use (unreadable, from a newer Konvert,
 * or an old key left behind), kept byte for byte so nothing the writer saved is destroyed.
 * Each copy has its own key, so a second rescue never overwrites the first:
 *   konvert.rescued.<time>-<random>.<from>.<reason>
 * The value is the raw text as it was stored. When storing the copy fails (full storage) or
 * the writer keeps nothing on this device, it lives in this tab's memory only: it can still be
 * seen and downloaded, and the notice never claims it was kept.
 */

export type RescueReason = 'corrupt' | 'future' | 'old';

export interface RescuedCopy {
  /** The storage key, or a memory-only id with the same format. */
  id: string;
  /** The key it came from, without the prefix: letters, draft, settings, lists. */
  from: string;
  reason: RescueReason;
  /** When it was rescued, ms since 1970. */
  at: number;
  /** Length in characters. */
  size: number;
  /** False: only in this tab's memory, gone when it closes. */
  stored: boolean;
}

const rescuePrefix = `${storagePrefix}rescued.`;
const memory = new Map<string, string>();
let snapshot: readonly RescuedCopy[] = [];
const listeners = new Set<() => void>();

function parseId(id: string, stored: boolean, size: number): RescuedCopy | null {
  const m = /^konvert\.rescued\.(\d+)-[a-z0-9]+\.([a-z-]+)\.(corrupt|future|old)$/.exec(id);
  if (!m) return null;
  return { id, at: Number(m[1]), from: m[2] as string, reason: m[3] as RescueReason, size, stored };
}

function refresh() {
  const copies: RescuedCopy[] = [];
  for (const key of storedKeys(rescuePrefix)) {
    const copy = parseId(key, true, readKey(key)?.length ?? 0);
    if (copy) copies.push(copy);
  }
  for (const [id, raw] of memory) {
    const copy = parseId(id, false, raw.length);
    if (copy) copies.push(copy);
  }
  snapshot = copies.sort((a, b) => b.at - a.at);
  for (const l of listeners) l();
}

/** Newest first. */
export function rescuedCopies(): readonly RescuedCopy[] {
  return snapshot;
}

export function onRescuedChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads what is rescued in storage now (call once at start, and after another tab changes it). */
export function loadRescued() {
  refresh();
}

/**
 * Keeps `raw` as a rescued copy. Returns whether it is stored on the device (false: in memory
 * only, because storing is off or failed).
 */
export function rescue(from: string, reason: RescueReason, raw: string, mayStore: boolean, now = Date.now()): boolean {
  const id = `${rescuePrefix}${now}-${newId().slice(0, 6).toLowerCase().replace(/[^a-z0-9]/g, '0')}.${from.replace(/[^a-z-]/g, '')}.${reason}`;
  const stored = mayStore && writeKey(id, raw, true) === 'written';
  if (!stored) memory.set(id, raw);
  refresh();
  return stored;
}

export function readRescued(id: string): string | null {
  return memory.get(id) ?? readKey(id);
}

export function deleteRescued(id: string) {
  memory.delete(id);
  if (id.startsWith(rescuePrefix)) removeKey(id);
  refresh();
}

/** "Keep nothing": the stored copies leave the device but stay downloadable in this tab until it closes. */
export function unstoreRescued() {
  for (const key of storedKeys(rescuePrefix)) {
    const raw = readKey(key);
    if (raw !== null) memory.set(key, raw);
    removeKey(key);
  }
  refresh();
}

/** "Erase everything": memory copies go too (storage is wiped by the caller). */
export function forgetRescued() {
  memory.clear();
  refresh();
}
