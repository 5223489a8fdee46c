import { describe, expect, it } from 'vitest';
import { makeBackup, mergeBackup, readBackup } from './backup.ts';
import { emptyLetters, newDraft, type ImportedList, type SavedLetters } from './model.ts';

const row = (id: string, extra: Record<string, unknown> = {}) => ({
  id, surname: 'Иванов', first: 'Иван', patronymic: null, gender: 'm', birthYear: 1980, institution: 'ИК-2', institutionFull: null,
  address: { index: '445023', region: null, district: null, locality: 'Тольятти', localityType: 'г.', street: null, streetType: null, house: null, building: null, buildingType: null, flat: null },
  oneLineAddress: '445023, г. Тольятти, ИК-2, Иванову Ивану', source: { url: 'https://example.org/list', title: 'Список' }, checkedAt: '2026-11-01', languages: ['ru'], notes: { ru: '', en: '' },
  ...extra,
});

function fullState(): SavedLetters & { lists: ImportedList[] } {
  const a = newDraft({ body: 'Андрею', recipient: { kind: 'directory', prisonerId: 'balin-andrei-albertovich-1974' } });
  const b = newDraft({ body: 'Ивану', recipient: { kind: 'directory', prisonerId: 'r1', listId: 'list1' }, options: { returnAddress: false }, blankValues: { city: 'Самара' } });
  return {
    drafts: [a, b],
    activeDraftId: b.id,
    profile: { name: 'Петрова Мария', address: 'Самара', gender: 'f', abroad: false },
    nameCorrections: { 'Балин Андрей': 'Балину Андрею' },
    history: { 'id:balin-andrei-albertovich-1974': { name: 'Балин Андрей', sent: [{ date: '2026-11-01', way: 'post', draftId: a.id }] } },
    lists: [{ id: 'list1', name: 'Список', importedAt: '2026-11-01T10:00:00.000Z', source: null, rows: [row('r1') as never] }],
  };
}

const fresh = () => ({ ...emptyLetters(), lists: [] });

describe('backup', () => {
  it('restores everything into a fresh profile', () => {
    const state = fullState();
    const read = readBackup(makeBackup(state, state.lists));
    expect(read).toMatchObject({ ok: true, skipped: [] });
    if (!read.ok) return;
    const restored = mergeBackup(fresh(), read.content);
    expect(restored.drafts).toEqual(state.drafts);
    expect({ ...restored, drafts: undefined, activeDraftId: undefined }).toEqual({ ...state, drafts: undefined, activeDraftId: undefined });
  });

  it('does not double drafts already here, and adds a changed one as a copy', () => {
    const state = fullState();
    const read = readBackup(makeBackup(state, state.lists));
    if (!read.ok) throw new Error('unreadable');
    const changed = { ...state, drafts: [state.drafts[0], { ...state.drafts[1], body: 'изменено', updatedAt: '2027-01-01T00:00:00.000Z' }] } as typeof state;
    const merged = mergeBackup(changed, read.content);
    expect(merged.drafts.map((d) => d.body)).toEqual(['Андрею', 'изменено', 'Ивану']);
    expect(new Set(merged.drafts.map((d) => d.id)).size).toBe(3);
    expect(merged.history['id:balin-andrei-albertovich-1974']?.sent).toHaveLength(1);
  });

  it('skips each bad item with its own error and keeps the rest', () => {
    const state = fullState();
    const backup = JSON.parse(makeBackup(state, state.lists));
    backup.letters.state.drafts.push({ ...backup.letters.state.drafts[0], id: 'x', body: 5 });
    backup.letters.state.drafts.push('not a draft');
    backup.letters.state.history.bad = { name: 'x', sent: [{ date: 'вчера', way: 'post', draftId: null }] };
    backup.letters.state.nameCorrections.n = 7;
    backup.lists.state[0].rows.push(row('r2', { birthYear: 'nineteen' }), row('r3'));
    const read = readBackup(JSON.stringify(backup));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.skipped.map((i) => [i.path, i.code])).toEqual([
      ['letters.drafts[2].body', 'type'],
      ['letters.drafts[3]', 'type'],
      ['letters.nameCorrections.n', 'type'],
      ['letters.history.bad.sent[0].date', 'format'],
      ['lists[0].rows[1].birthYear', 'type'],
    ]);
    expect(read.content.drafts).toHaveLength(2);
    expect(read.content.lists[0]?.rows.map((r) => r.id)).toEqual(['r1', 'r3']);
  });

  it.each([
    ['not JSON', '{"format": "konvert-backup",', 'json'],
    ['another kind of file', '{"hello": "world"}', 'type'],
    ['a backup from a newer Konvert', '{"format": "konvert-backup", "version": 2}', 'version'],
    ['a list', '[1, 2]', 'type'],
  ])('refuses %s', (_, text, code) => {
    const read = readBackup(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0]?.code).toBe(code);
  });

  it('reads a rescued copy of the letters key, and of the old single draft', () => {
    const state = fullState();
    const rescued = readBackup(JSON.stringify({ version: 4, state: { ...state, lists: undefined } }));
    expect(rescued.ok && rescued.content.drafts.length).toBe(2);
    const old = readBackup(JSON.stringify({ state: { recipient: null, body: 'старое письмо', sender: { name: 'М', address: '' }, nameCorrections: {} }, version: 1 }));
    expect(old.ok && old.content.drafts[0]?.body).toBe('старое письмо');
  });

  it('keeps __proto__ keys as data', () => {
    const state = fullState();
    const text = makeBackup(state, []).replace('"nameCorrections":{', '"nameCorrections":{"__proto__":"x",');
    const read = readBackup(text);
    expect(read.ok && Object.keys(read.content.nameCorrections)).toEqual(['__proto__', 'Балин Андрей']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
