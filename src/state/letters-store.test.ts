import { beforeEach, describe, expect, it } from 'vitest';
import { useDraftStore } from './draft-store.ts';
import { lastSent, prisonerKey, useLettersStore } from './letters-store.ts';

const store = () => useLettersStore.getState();

beforeEach(() => store().resetAll());

describe('several drafts', () => {
  it('gives each draft its own prisoner and text, and the facade edits the active one', () => {
    const first = store().activeDraftId;
    useDraftStore.getState().chooseRecipient({ kind: 'directory', prisonerId: 'balin' });
    useDraftStore.getState().setBody('Андрею');
    const second = store().createDraft({ recipient: { kind: 'pasted', addressText: 'Иванову' } });
    expect(useDraftStore.getState()).toMatchObject({ draftId: second, body: '', recipient: { kind: 'pasted' } });
    useDraftStore.getState().setBody('Ивану');
    store().openDraft(first);
    expect(useDraftStore.getState()).toMatchObject({ body: 'Андрею', recipient: { kind: 'directory', prisonerId: 'balin' } });
    expect(store().drafts.map((d) => d.body)).toEqual(['Андрею', 'Ивану']);
  });

  it('shares the writer and the name corrections between drafts', () => {
    useDraftStore.getState().setSender({ name: 'Мария', abroad: true });
    useDraftStore.getState().correctName('Балин Андрей', 'Балину Андрею');
    store().createDraft();
    expect(useDraftStore.getState().sender).toMatchObject({ name: 'Мария', abroad: true });
    expect(useDraftStore.getState().nameCorrections).toEqual({ 'Балин Андрей': 'Балину Андрею' });
  });

  it('keeps per-letter options apart', () => {
    useDraftStore.getState().setOptions({ returnAddress: false });
    store().createDraft();
    expect(useDraftStore.getState().options.returnAddress).toBe(true);
  });

  it('opens another draft when the active one is deleted, and always keeps one', () => {
    const first = store().activeDraftId;
    const second = store().createDraft();
    store().deleteDraft(second);
    expect(store().activeDraftId).toBe(first);
    store().deleteDraft(first);
    expect(store().drafts).toHaveLength(1);
    expect(store().drafts[0]?.id).not.toBe(first);
  });

  it('keeps the same view object until something it shows changes', () => {
    const before = useDraftStore.getState();
    store().createDraft();
    store().openDraft(before.draftId);
    expect(useDraftStore.getState()).toBe(before);
  });

  it('routes setState fields to the draft, the writer and the corrections', () => {
    useDraftStore.setState({ body: 'x', sender: { name: 'Н', address: 'А', gender: 'f', abroad: false }, nameCorrections: { a: 'b' } });
    expect(store().drafts[0]?.body).toBe('x');
    expect(store().profile.name).toBe('Н');
    expect(store().nameCorrections).toEqual({ a: 'b' });
  });
});

describe('sent history', () => {
  const balin = prisonerKey({ id: 'balin-andrei-albertovich-1974' });
  const pasted = prisonerKey({ surname: 'Иванов', first: 'Иван', patronymic: 'Иванович', birthYear: 1980 });

  it.each([
    [{ id: 'x' }, 'id:x'],
    [{ surname: ' Пётр ', first: 'Ёж', patronymic: null, birthYear: null }, 'name:петр еж|'],
    [{ surname: 'Иванов', first: 'Иван', patronymic: 'Иванович', birthYear: 1980 }, 'name:иванов иван иванович|1980'],
  ])('files %j under %s', (p, key) => {
    expect(prisonerKey(p)).toBe(key);
  });

  it('marks as sent with date and way, many at once, without duplicates', () => {
    const draftId = store().activeDraftId;
    store().markSent([
      { key: balin, name: 'Балин Андрей', way: 'post', date: '2026-11-01', draftId },
      { key: pasted, name: 'Иванов Иван', way: 'fpismo', date: '2026-12-01' },
    ]);
    store().markSent([{ key: balin, name: 'Балин Андрей', way: 'post', date: '2026-11-01', draftId }]);
    store().markSent([{ key: balin, name: 'Балин Андрей', way: 'fpismo', date: '2026-12-03' }]);
    expect(store().history[balin]?.sent).toEqual([
      { date: '2026-11-01', way: 'post', draftId },
      { date: '2026-12-03', way: 'fpismo', draftId: null },
    ]);
    expect(lastSent(store().history, balin)).toMatchObject({ date: '2026-12-03', way: 'fpismo' });
    expect(lastSent(store().history, 'id:nobody')).toBeNull();
  });

  it('undoes a mark, and forgets the draft id when the draft is deleted', () => {
    const draftId = store().createDraft();
    store().markSent([{ key: balin, name: 'Балин', way: 'post', date: '2026-11-01', draftId }]);
    store().deleteDraft(draftId);
    expect(store().history[balin]?.sent[0]?.draftId).toBeNull();
    store().unmarkSent(balin, '2026-11-01', 'post');
    expect(store().history[balin]).toBeUndefined();
  });

  it('files a prisoner called __proto__ as data', () => {
    store().markSent([{ key: '__proto__', name: 'x', way: 'post', date: '2026-11-01' }]);
    expect(Object.keys(store().history)).toEqual(['__proto__']);
    expect(lastSent(store().history, '__proto__')).toMatchObject({ way: 'post' });
    expect(lastSent(store().history, 'constructor')).toBeNull();
  });
});

describe('imported lists', () => {
  it('adds, replaces by id and removes', () => {
    const list = { id: 'l1', name: 'Список', importedAt: '2026-12-01T10:00:00.000Z', source: null, rows: [] };
    store().addList(list);
    store().addList({ ...list, name: 'Список 2' });
    expect(store().lists.map((l) => l.name)).toEqual(['Список 2']);
    store().removeList('l1');
    expect(store().lists).toEqual([]);
  });
});
