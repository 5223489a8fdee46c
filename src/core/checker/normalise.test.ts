import { describe, expect, it } from 'vitest';
import { normaliseWord, scriptOf } from './normalise.ts';

describe('normaliseWord', () => {
  it.each([
    ['Война', 'война'],
    ['ЁЛКА', 'елка'],
    ['вoйны', 'войны'],
    ['aдвокат', 'адвокат'],
    ['Хyй', 'хуй'],
    ['замо́к', 'замок'],
    ['Stay', 'stay'],
  ])('reads %s as %s', (word, expected) => {
    expect(normaliseWord(word)).toBe(expected);
  });
});

describe('scriptOf', () => {
  it.each([
    ['привет', 'cyr'],
    ['hello', 'lat'],
    ['вoйна', 'mixed'],
    ['123', 'none'],
  ])('calls %s %s', (word, script) => {
    expect(scriptOf(word)).toBe(script);
  });
});
