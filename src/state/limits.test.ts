import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cut, fitContent, limits } from './model.ts';

// What the stores accept is cut to the limits the next load checks: a long paste must never
// make the saved letters unreadable (a 200,001-character body once sent every draft to a
// rescued copy and started the app empty).

/** A fresh copy of the state modules, as a newly opened tab loads them from what is stored now. */
async function openTab() {
  vi.resetModules();
  const [letters, draft, scheduler, storage] = await Promise.all([import('./letters-store.ts'), import('./draft-store.ts'), import('./scheduler.ts'), import('./safe-storage.ts')]);
  return { ...letters, ...draft, ...scheduler, ...storage };
}

beforeEach(() => localStorage.clear());

describe('text past the limits', () => {
  it.each([
    ['body', (t: Awaited<ReturnType<typeof openTab>>) => t.useDraftStore.getState().setBody('а'.repeat(limits.body + 5)), (t: Awaited<ReturnType<typeof openTab>>) => t.useDraftStore.getState().body.length, limits.body],
    ['pasted address', (t: Awaited<ReturnType<typeof openTab>>) => t.useDraftStore.getState().setPastedText('г. '.repeat(1_000_000)), (t: Awaited<ReturnType<typeof openTab>>) => t.useDraftStore.getState().pastedText.length, limits.addressText],
    ['writer’s address', (t: Awaited<ReturnType<typeof openTab>>) => t.useDraftStore.getState().setSender({ address: 'x'.repeat(limits.addressText * 3) }), (t: Awaited<ReturnType<typeof openTab>>) => t.useDraftStore.getState().sender.address.length, limits.addressText],
    ['typed surname', (t: Awaited<ReturnType<typeof openTab>>) => t.useDraftStore.getState().setManualFields({ ...t.useDraftStore.getState().manualFields, surname: 'Я'.repeat(9_999) }), (t: Awaited<ReturnType<typeof openTab>>) => t.useDraftStore.getState().manualFields.surname.length, limits.field],
  ])('a too-long %s is cut to the limit, saved, and read back with no notice', async (_what, write, length, limit) => {
    const tab = await openTab();
    write(tab);
    expect(length(tab)).toBe(limit);
    tab.flushStorage();
    const again = await openTab();
    expect(again.storageProblems()).toEqual([]);
    expect(length(again)).toBe(limit);
  });

  it('marks a 10,000-row letter evening as sent, and reads the history back', async () => {
    const tab = await openTab();
    tab.useLettersStore.getState().markSent(Array.from({ length: 10_000 }, (_, i) => ({ key: `id:p${i}`, name: `Узник ${i}`, way: 'post' as const, date: '2026-12-06' })));
    tab.flushStorage();
    const again = await openTab();
    expect(again.storageProblems()).toEqual([]);
    expect(Object.keys(again.useLettersStore.getState().history)).toHaveLength(10_000);
  });
});

describe('cut', () => {
  it.each([
    ['abc', 5, 'abc'],
    ['abcdef', 3, 'abc'],
    ['ab😀', 3, 'ab'],
    ['a😀b', 3, 'a😀'],
  ])('cuts %j to %i units without splitting a pair', (text, max, expected) => {
    expect(cut(text, max)).toBe(expected);
  });

  it('leaves content within the limits as it is', () => {
    const content = { body: 'Здравствуйте', pastedText: '', recipient: { kind: 'pasted' as const, addressText: 'г. Тольятти' } };
    expect(fitContent(content)).toEqual(content);
  });
});
