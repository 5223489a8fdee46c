import { describe, expect, it } from 'vitest';
import { memorialLayout, samplePeople } from '../../core/directory/fixtures/sample-list.ts';
import { importList } from '../../core/directory/index.ts';
import { joinRows, readList } from './read-list.ts';

const people = samplePeople(4);
// The second person twice: the repeat is merged into the first reading.
const LIST = `${memorialLayout(people)}\n\n${memorialLayout(people.slice(1, 2))}\n\nАдрес для писем: 170100, г. Тверь, ФКУ СИЗО-1`;
const opts = { today: '2026-12-06' };

describe('the list as the page gets it back', () => {
  it.each([1, 2, 500])('is the import itself when the rows come %i to a message', (perMessage) => {
    const direct = importList(LIST, opts);
    // Each message is cloned on its own, as postMessage does.
    const received = [];
    for (let i = 0; i < direct.rows.length; i += perMessage) received.push(...structuredClone(direct.rows.slice(i, i + perMessage)));
    const joined = joinRows(received, structuredClone({ format: direct.format, errors: direct.errors, skipped: direct.skipped }));
    expect(joined).toEqual(direct);
    const merged = joined.rows.find((r) => r.status === 'merged');
    expect(merged?.sameAs).toBe(2);
    expect(merged?.record).toBe(joined.rows[1]?.record);
    expect(joined.records).toHaveLength(4);
    expect(joined.records[1]).toBe(joined.rows[1]?.record);
  });

  it('is read in the page, with progress, where there is no worker', async () => {
    const progress: number[] = [];
    const result = await readList(LIST, opts, (done) => progress.push(done));
    expect(result).toEqual(importList(LIST, opts));
    expect(progress.at(-1)).toBe(result.rows.length);
  });
});
