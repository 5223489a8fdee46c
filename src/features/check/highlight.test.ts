import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/checker/index.ts';
import { countBySeverity, highlightSegments } from './highlight.ts';

const finding = (start: number, end: number, severity: Finding['severity'] = 'high'): Finding => ({
  category: 'case',
  severity,
  start,
  end,
  rule: 'test',
  message: 'm',
  suggestion: 's',
  gloss: 'g',
});

describe('highlightSegments', () => {
  it('gives the whole text as one plain piece when nothing is found', () => {
    expect(highlightSegments('Привет', [])).toEqual([{ text: 'Привет', start: 0, findings: [], severity: null }]);
  });

  it('cuts around one finding', () => {
    const parts = highlightSegments('один два три', [finding(5, 8)]);
    expect(parts.map((p) => [p.text, p.findings])).toEqual([
      ['один ', []],
      ['два', [0]],
      [' три', []],
    ]);
  });

  it('colours an overlap by the most serious finding', () => {
    const parts = highlightSegments('abcdef', [finding(0, 4, 'low'), finding(2, 6, 'high')]);
    expect(parts.map((p) => [p.text, p.severity])).toEqual([
      ['ab', 'low'],
      ['cd', 'high'],
      ['ef', 'high'],
    ]);
  });

  it('never loses or repeats a character, whatever the offsets', () => {
    const text = 'Съешь же ещё этих мягких французских булок';
    const parts = highlightSegments(text, [finding(-5, 3), finding(10, 200), finding(7, 7), finding(12, 4)]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });
});

describe('countBySeverity', () => {
  it('counts each severity', () => {
    expect(countBySeverity([finding(0, 1), finding(0, 1, 'low'), finding(1, 2)])).toEqual({ high: 2, medium: 0, low: 1 });
  });
});

describe('highlightSegments at length', () => {
  it('segments a 100,000-character letter with a finding every 50 characters, each once', () => {
    const text = 'Суд был вчера, а я пишу письмо и жду ответа скоро. '.repeat(2000);
    const findings = Array.from({ length: 2000 }, (_, i) => finding(i * 51, i * 51 + 3));
    const parts = highlightSegments(text, findings);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.severity === 'high')).toHaveLength(2000);
  });
});
