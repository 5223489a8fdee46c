import { describe, expect, it } from 'vitest';
import blind from './fixtures/letters.blind.json';
import { checkLetter, createIncrementalCheck } from './index.ts';
import type { LabelledLetter } from './score.ts';

// The editor re-checks as the writer types; only changed paragraphs are checked again, and the
// findings must be exactly those of a full check.
const paragraphs = (blind as LabelledLetter[]).map((l) => l.sentences.map(([s]) => s).join(' '));

describe('the incremental check', () => {
  it('gives the findings of a full check after every edit, checking only changed paragraphs', () => {
    const inc = createIncrementalCheck();
    let text = paragraphs.slice(0, 8).join('\n\n');
    expect(inc.check(text)).toEqual(checkLetter(text));
    const edits: [string, (t: string) => string][] = [
      ['typing in the middle', (t) => t.replace('Привет', 'Привет, следователь звонил')],
      ['a new paragraph at the end', (t) => `${t}\n\nВложила в конверт тысячу рублей.`],
      ['deleting the first paragraph', (t) => t.slice(t.indexOf('\n\n') + 2)],
      ['a template blank', (t) => `${t}\nЖиву в городе {city}.`],
      ['joining two paragraphs', (t) => t.replace('\n\n', ' ')],
    ];
    for (const [name, edit] of edits) {
      text = edit(text);
      expect(inc.check(text, { lang: 'en' }), name).toEqual(checkLetter(text, { lang: 'en' }));
      expect(inc.lastChecked, name).toBeLessThanOrEqual(2);
    }
  });

  it('checks nothing again when nothing changed', () => {
    const inc = createIncrementalCheck();
    const text = paragraphs.join('\n');
    inc.check(text);
    inc.check(text);
    expect(inc.lastChecked).toBe(0);
  });
});

describe('what a finding says', () => {
  it('reports a template blank as high, naming it', () => {
    const [f] = checkLetter('Привет из города {city}!', { lang: 'en' });
    expect(f).toMatchObject({ category: 'template', severity: 'high', rule: 'placeholder', start: 17, end: 23 });
    expect(f?.message).toContain('{city}');
  });

  it('carries an English gloss on every finding', () => {
    for (const text of paragraphs) for (const f of checkLetter(text)) expect(f.gloss, f.rule).toMatch(/[a-z]{3}/i);
  });
});
