import { describe, expect, it } from 'vitest';
import { checkLetter } from '../../core/checker/index.ts';
import { applyReplacement, groupFindings, removeSentences, type ActionableFinding } from './finding-groups.ts';

const finding = (start: number, end: number, severity: ActionableFinding['severity'], rule = 'r'): ActionableFinding => ({
  category: 'case',
  severity,
  start,
  end,
  rule,
  message: 'm',
  suggestion: 's',
  gloss: 'g',
});

describe('groupFindings', () => {
  it('puts high risk first, then keeps the order of the letter', () => {
    const text = 'aa bb cc dd';
    const groups = groupFindings(text, [finding(0, 2, 'low'), finding(3, 5, 'high'), finding(6, 8, 'medium'), finding(9, 11, 'high')]);
    expect(groups.map((g) => g.passage)).toEqual(['bb', 'dd', 'cc', 'aa']);
  });

  it('merges the same words flagged by the same rule into one card', () => {
    const text = 'Jane and jane and June';
    const groups = groupFindings(text, [finding(0, 4, 'low', 'latin-word'), finding(9, 13, 'low', 'latin-word'), finding(18, 22, 'low', 'latin-word')]);
    expect(groups.map((g) => [g.passage, g.findings.length])).toEqual([
      ['Jane', 2],
      ['June', 1],
    ]);
  });

  it.each([
    ['latin-word', 'London', 'Лондон'],
    ['translit', 'privet', 'привет'],
    ['latin-word', 'iphone', null],
    ['case', 'суд', null],
  ])('offers a replacement for a %s finding on «%s»: %s', (rule, passage, replacement) => {
    expect(groupFindings(passage, [finding(0, passage.length, 'low', rule)])[0]?.replacement).toBe(replacement);
  });

  it('prefers the replacement the checker gives', () => {
    expect(groupFindings('суд', [{ ...finding(0, 3, 'high'), replacement: 'дело' }])[0]?.replacement).toBe('дело');
  });
});

describe('acting on a card', () => {
  it('replaces every place of the passage', () => {
    const text = 'Jane пишет. Jane ждёт.';
    const [group] = groupFindings(text, [finding(0, 4, 'low', 'latin-word'), finding(12, 16, 'low', 'latin-word')]);
    expect(applyReplacement(text, group!).text).toBe('Джейн пишет. Джейн ждёт.');
  });

  it('removes each sentence once, even with the passage twice in it', () => {
    const text = 'Привет. Суд и суд. Пока. Суд!';
    const [group] = groupFindings(text, [finding(8, 11, 'high'), finding(14, 17, 'high'), finding(25, 28, 'high')].map((f) => ({ ...f, rule: 'x' })));
    expect(group?.findings).toHaveLength(3);
    expect(removeSentences(text, group!).text).toBe('Привет. Пока.');
  });

  it('leaves a letter with no serious finding after removing what the real checker flags', () => {
    const text = 'Здравствуйте! У нас выпал снег. Следователь опять вызывал меня на допрос. Что вы читаете?';
    let current = text;
    for (let i = 0; i < 5; i++) {
      const [top] = groupFindings(current, checkLetter(current));
      if (!top || top.severity === 'low') break;
      current = removeSentences(current, top).text;
    }
    expect(current).toBe('Здравствуйте! У нас выпал снег. Что вы читаете?');
  });
});
