import { describe, expect, it } from 'vitest';
import { mergeLetters } from './merge.ts';
import { emptySender, newDraft, type LetterDraft, type SavedLetters } from './model.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));
const draft = (id: string, body: string, minute: number): LetterDraft => ({ ...newDraft({ body }, at(minute)), id });
const letters = (drafts: LetterDraft[], extra: Partial<SavedLetters> = {}): SavedLetters => ({
  drafts,
  activeDraftId: drafts[0]?.id ?? '',
  profile: emptySender,
  nameCorrections: {},
  history: {},
  ...extra,
});
const bodies = (s: SavedLetters) => s.drafts.map((d) => `${d.id}:${d.body}`);

const a0 = draft('a', 'A', 0);
const b0 = draft('b', 'B', 0);
const base = letters([a0, b0]);

describe('mergeLetters', () => {
  it.each([
    ['nothing changed here: storage wins', letters([a0, b0]), letters([draft('a', 'A+', 5), b0]), ['a:A+', 'b:B']],
    ['changed here, not there: this tab wins', letters([draft('a', 'A here', 5), b0]), letters([a0, b0]), ['a:A here', 'b:B']],
    ['different drafts changed: both kept', letters([draft('a', 'A here', 5), b0]), letters([a0, draft('b', 'B there', 6)]), ['a:A here', 'b:B there']],
    ['the same draft changed in both: the newer edit', letters([draft('a', 'A here', 5), b0]), letters([draft('a', 'A there', 9), b0]), ['a:A there', 'b:B']],
    ['deleted there, untouched here: gone', letters([a0, b0]), letters([a0]), ['a:A']],
    ['deleted there, edited here: kept', letters([a0, draft('b', 'B here', 5)]), letters([a0]), ['a:A', 'b:B here']],
    ['deleted here, untouched there: gone', letters([a0]), letters([a0, b0]), ['a:A']],
    ['deleted here, edited there since: kept', letters([a0]), letters([a0, draft('b', 'B there', 7)]), ['a:A', 'b:B there']],
    ['new in both: both kept', letters([a0, b0, draft('c', 'C', 3)]), letters([a0, b0, draft('d', 'D', 4)]), ['a:A', 'b:B', 'd:D', 'c:C']],
  ])('%s', (_, local, remote, expected) => {
    // Unchanged drafts are the very objects of `base`, as in the store.
    const same = (s: SavedLetters) => ({ ...s, drafts: s.drafts.map((d) => (d.id === 'a' && d.body === 'A' ? a0 : d.id === 'b' && d.body === 'B' ? b0 : d)) });
    expect(bodies(mergeLetters(same(local), base, remote))).toEqual(expected);
  });

  it('keeps this tab on its own draft when it still exists', () => {
    const merged = mergeLetters(letters([a0, b0], { activeDraftId: 'b' }), base, letters([a0, b0], { activeDraftId: 'a' }));
    expect(merged.activeDraftId).toBe('b');
  });

  it('never ends without a draft', () => {
    const merged = mergeLetters(letters([a0, b0]), base, letters([]));
    expect(merged.drafts).toHaveLength(1);
    expect(merged.activeDraftId).toBe(merged.drafts[0]?.id);
  });

  it('keeps letters marked as sent in both tabs', () => {
    const mine = { k: { name: 'Балин', sent: [{ date: '2026-12-01', way: 'post' as const, draftId: null }] } };
    const theirs = { k: { name: 'Балин', sent: [{ date: '2026-12-02', way: 'fpismo' as const, draftId: null }] }, j: { name: 'Иванов', sent: [] } };
    const merged = mergeLetters(letters([a0, b0], { history: mine }), base, letters([a0, b0], { history: theirs }));
    expect(merged.history.k?.sent.map((s) => s.date)).toEqual(['2026-12-01', '2026-12-02']);
    expect(Object.keys(merged.history).sort()).toEqual(['j', 'k']);
  });

  it('takes the profile from where it changed', () => {
    const profile = { ...emptySender, name: 'Мария' };
    expect(mergeLetters(letters([a0, b0], { profile }), base, letters([a0, b0])).profile).toBe(profile);
    expect(mergeLetters(letters([a0, b0]), base, letters([a0, b0], { profile })).profile).toBe(profile);
  });
});
