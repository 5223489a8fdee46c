import { registerOfflineCopy, removeOfflineCopy } from './offline.ts';
import { flushStorage } from './scheduler.ts';
import { eraseInThisTab, forgetStoredLetters } from './persistence.ts';
import { unstoreRescued } from './rescued.ts';
import { wipeStoredData } from './safe-storage.ts';
import { useSettingsStore } from './settings-store.ts';
import './letters-store.ts';

/*
 * The writer's two big switches, applied to every kind of storage a browser offers a page:
 * localStorage (our keys), IndexedDB, Cache Storage and the service worker (the offline copy
 * of the app itself). Other open tabs learn of both at once (see persistence.ts).
 */

/** Deletes every IndexedDB database of this origin (Konvert opens none, but a browser or an older version might have). */
async function removeDatabases(): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const dbs = await indexedDB.databases().catch(() => []);
  await Promise.allSettled(
    dbs.map(
      (db) =>
        new Promise<void>((resolve) => {
          if (!db.name) return resolve();
          const req = indexedDB.deleteDatabase(db.name);
          req.onsuccess = req.onerror = req.onblocked = () => resolve();
        }),
    ),
  );
}

/**
 * "Keep nothing on this device": stored drafts, lists and rescued copies leave the device (the
 * rescued copies stay downloadable in this tab until it closes), the offline copy is removed,
 * and nothing is written until the writer turns it back on. Only the choice itself is stored.
 */
export async function setKeepDrafts(keep: boolean): Promise<void> {
  useSettingsStore.getState().setKeepDrafts(keep);
  if (keep) {
    flushStorage();
    await registerOfflineCopy();
    return;
  }
  forgetStoredLetters();
  unstoreRescued();
  await Promise.all([removeOfflineCopy(), removeDatabases()]);
}

/** "Erase everything": every Konvert key, database, cache and service worker, in every open tab. */
export async function eraseEverything(): Promise<void> {
  eraseInThisTab(false);
  await Promise.all([removeOfflineCopy(), removeDatabases()]);
  // A write that slipped in meanwhile (another tab that had not heard yet) goes too.
  wipeStoredData();
}
