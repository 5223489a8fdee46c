import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesSlim } from '../../scripts/rules-slim.ts';

// The app build drops the rules' test cases and source ids, and keeps everything the checker reads.
type Transform = (code: string, id: string) => { code: string } | null;
const transform = rulesSlim().transform as Transform;
const file = 'src/data/rules/case.json';
const original = JSON.parse(readFileSync(file, 'utf8')) as { rules: Record<string, unknown>[] };

describe('rulesSlim', () => {
  it('drops examples and source from every rule, and nothing else', () => {
    const slim = JSON.parse((transform(readFileSync(file, 'utf8'), `/repo/${file}`) as { code: string }).code) as typeof original;
    expect(slim.rules).toHaveLength(original.rules.length);
    slim.rules.forEach((rule, i) => {
      const kept = Object.entries(original.rules[i] as Record<string, unknown>).filter(([key]) => key !== 'examples' && key !== 'source');
      expect(rule).toEqual(Object.fromEntries(kept));
    });
  });

  it.each([['src/data/guidance/advice.json'], ['src/core/translit/names.json'], ['src/data/rules/case.json?url']])('leaves %s alone', (id) => {
    expect(transform('{"rules":[]}', `/repo/${id}`)).toBeNull();
  });
});
