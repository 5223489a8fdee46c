import { describe, expect, it } from 'vitest';
import prices from '../../data/fpismo-prices.json';
import { estimateFpismo } from './estimate.ts';

describe('estimateFpismo', () => {
  it.each([
    [0, {}, 1, prices.perPage],
    [1, {}, 1, prices.perPage],
    [prices.charsPerPage, {}, 1, prices.perPage],
    [prices.charsPerPage + 1, {}, 2, 2 * prices.perPage],
    [5000, { reply: true }, 3, 3 * prices.perPage + prices.replyForm],
    [100, { photos: 2 }, 1, prices.perPage + 2 * prices.photo],
  ])('prices %i characters with %j as %i page(s), %i ₽', (chars, opts, pages, total) => {
    expect(estimateFpismo(chars, opts)).toMatchObject({ pages, total, currency: 'RUB' });
  });

  it('says the prices are approximate and when they were reported, never that they were checked', () => {
    expect(estimateFpismo(10)).toMatchObject({ asOf: prices.asOf, approximate: true });
    expect(prices.asOf).toMatch(/^\d{4}(–\d{4})?$/);
    expect(Object.keys(prices)).not.toContain('checkedAt');
    expect(Object.keys(prices)).not.toContain('verified');
  });
});
