import { beforeEach, describe, expect, it } from 'vitest';
import { safeStorage, storageProblems, wipeStoredData } from './safe-storage.ts';

const isCounter = (s: unknown): s is { n: number } => typeof s === 'object' && s !== null && typeof (s as { n: unknown }).n === 'number';

describe('safeStorage', () => {
  beforeEach(() => localStorage.clear());

  it('reads back what it wrote', () => {
    const storage = safeStorage(isCounter);
    storage.setItem('konvert.t', { state: { n: 3 }, version: 1 });
    expect(storage.getItem('konvert.t')).toEqual({ state: { n: 3 }, version: 1 });
  });

  it.each(['{not json', '{"state": {"n": "three"}}', 'null', '[]'])('moves unreadable data %j aside and reports it', (raw) => {
    localStorage.setItem('konvert.t', raw);
    const before = storageProblems().length;
    expect(safeStorage(isCounter).getItem('konvert.t')).toBeNull();
    expect(localStorage.getItem('konvert.t.corrupt')).toBe(raw);
    expect(localStorage.getItem('konvert.t')).toBeNull();
    expect(storageProblems().length).toBe(before + 1);
  });

  it('writes nothing when the writer asked to keep no drafts', () => {
    safeStorage(isCounter, () => false).setItem('konvert.t', { state: { n: 1 }, version: 1 });
    expect(localStorage.getItem('konvert.t')).toBeNull();
  });

  it('wipes only Konvert keys', () => {
    localStorage.setItem('konvert.a', '1');
    localStorage.setItem('konvert.b.corrupt', '2');
    localStorage.setItem('other', '3');
    wipeStoredData();
    expect(Object.keys(localStorage)).toEqual(['other']);
  });
});
