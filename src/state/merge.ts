import { newDraft, type ImportedList, type LetterDraft, type PrisonerHistory, type SavedLetters, type SentRecord } from './model.ts';

/*
 * Two tabs, one storage. When another tab saved while this one has unsaved changes, the three
 * versions are merged: `base` is what this tab last read or wrote (the same objects it holds in
 * memory, so "changed here" is an identity test), `local` is this tab now, `remote` is storage.
 * Per draft, what changed here wins; otherwise storage wins, additions and deletions included.
 * A draft changed in both places keeps the newer edit. Sent records from both sides are kept.
 */

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((x) => [x.id, x]));
}

function mergeById<T extends { id: string }>(local: readonly T[], base: readonly T[], remote: readonly T[], stamp: (x: T) => string): T[] {
  const b = byId(base);
  const l = byId(local);
  const r = byId(remote);
  const out: T[] = [];
  const seen = new Set<string>();
  const decide = (id: string): T | null => {
    const [lx, bx, rx] = [l.get(id), b.get(id), r.get(id)];
    const changedHere = lx !== bx;
    if (!changedHere) return rx ?? null;
    if (!lx) return rx && bx && stamp(rx) !== stamp(bx) ? rx : null; // deleted here; kept if edited elsewhere since
    if (!rx || !bx) return lx; // new here, or deleted elsewhere while edited here
    return stamp(rx) !== stamp(bx) && stamp(rx) > stamp(lx) ? rx : lx;
  };
  for (const id of [...r.keys(), ...l.keys()]) {
    if (seen.has(id)) continue;
    seen.add(id);
    const x = decide(id);
    if (x) out.push(x);
  }
  return out;
}

const sentKey = (s: SentRecord) => `${s.date}|${s.way}|${s.draftId ?? ''}`;

export function unionHistory(a: Record<string, PrisonerHistory>, b: Record<string, PrisonerHistory>): Record<string, PrisonerHistory> {
  const out: Record<string, PrisonerHistory> = { ...b };
  for (const [key, h] of Object.entries(a)) {
    const other = out[key];
    if (!other) {
      out[key] = h;
      continue;
    }
    const seen = new Set(h.sent.map(sentKey));
    out[key] = { name: h.name, sent: [...h.sent, ...other.sent.filter((s) => !seen.has(sentKey(s)))].sort((x, y) => x.date.localeCompare(y.date)) };
  }
  return out;
}

export function mergeLetters(local: SavedLetters, base: SavedLetters | null, remote: SavedLetters): SavedLetters {
  if (!base) base = { drafts: [], activeDraftId: '', profile: remote.profile, nameCorrections: remote.nameCorrections, history: {} };
  let drafts: LetterDraft[] = mergeById(local.drafts, base.drafts, remote.drafts, (d) => d.updatedAt);
  if (drafts.length === 0) drafts = [newDraft()];
  const history =
    local.history === base.history ? remote.history : remote.history === base.history ? local.history : unionHistory(local.history, remote.history);
  return {
    drafts,
    activeDraftId: drafts.some((d) => d.id === local.activeDraftId) ? local.activeDraftId : (drafts[0] as LetterDraft).id,
    profile: local.profile !== base.profile ? local.profile : remote.profile,
    nameCorrections: local.nameCorrections !== base.nameCorrections ? local.nameCorrections : remote.nameCorrections,
    history,
  };
}

export function mergeLists(local: ImportedList[], base: ImportedList[], remote: ImportedList[]): ImportedList[] {
  return mergeById(local, base, remote, (x) => x.importedAt);
}
