import { describe, expect, it } from 'vitest';
import { neighbours, parseRoute } from './steps.ts';

describe('parseRoute', () => {
  it.each([
    ['', 'prisoner'],
    ['#/letter', 'letter'],
    ['#check', 'check'],
    ['#/privacy', 'privacy'],
    ['#/guide', 'guide'],
    ['#/nonsense', 'prisoner'],
    ['#/constructor', 'prisoner'],
  ])('reads %j as %s', (hash, route) => {
    expect(parseRoute(hash)).toBe(route);
  });
});

describe('neighbours', () => {
  it('has no step before the first and none after the last', () => {
    expect(neighbours('prisoner')).toEqual({ previous: null, next: 'letter' });
    expect(neighbours('export')).toEqual({ previous: 'address', next: null });
  });
});
