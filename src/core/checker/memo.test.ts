import { describe, expect, it } from 'vitest';
import { boundedMemo } from './memo.ts';

describe('boundedMemo', () => {
  it.each([
    ['computes each key once while under the limit', 10, ['a', 'b', 'a', 'b', 'a'], ['a', 'b']],
    ['forgets everything at the limit, then computes again', 2, ['a', 'b', 'c', 'a'], ['a', 'b', 'c', 'a']],
  ])('%s', (_case, limit, keys, computed) => {
    const calls: string[] = [];
    const upper = boundedMemo(limit, (k) => {
      calls.push(k);
      return k.toUpperCase();
    });
    expect(keys.map(upper)).toEqual(keys.map((k) => k.toUpperCase()));
    expect(calls).toEqual(computed);
  });

  it('remembers a falsy answer too', () => {
    let calls = 0;
    const no = boundedMemo(10, () => (calls++, false));
    no('x');
    no('x');
    expect(calls).toBe(1);
  });
});
