import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The supply-chain check that runs where `npm audit` cannot (the registry here answers 405):
// see docs/dependencies.md.
interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  devOptional?: boolean;
  hasInstallScript?: boolean;
  engines?: { node?: string };
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const entries = Object.entries(lock.packages).filter(([path]) => path !== '');
const name = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** Node of every machine and of CI: the floor of package.json's `engines` (Node 20). */
const node20 = [20, 19, 0] as const;

type Version = readonly [number, number, number];
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * Whether an `engines.node` range admits a version: the comparators npm writes (>=, >, <=, <,
 * =, ^, ~, x-ranges such as `20` or `18.x`), joined by spaces (and) and `||` (or). A range it
 * cannot read throws, so the test fails rather than passing something it did not understand.
 */
function admits(range: string, v: Version): boolean {
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1')
      .split(/\s+/)
      .filter((c) => c !== '' && c !== '*' && c !== 'x')
      .every((comparator) => {
        const m = /^(>=|<=|>|<|=|\^|~)?v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(comparator);
        if (!m) throw new Error(`cannot read the engine range "${range}"`);
        const [, op = '=', major, minor, patch] = m;
        const given = [major, minor, patch].filter((p) => p !== undefined && p !== 'x' && p !== '*').map(Number);
        const low: Version = [given[0] ?? 0, given[1] ?? 0, given[2] ?? 0];
        // The first version past a partial one: 20 → 21.0.0, 20.19 → 20.20.0.
        const next: Version = given.length === 1 ? [low[0] + 1, 0, 0] : given.length === 2 ? [low[0], low[1] + 1, 0] : [low[0], low[1], low[2] + 1];
        const caret: Version = low[0] > 0 ? [low[0] + 1, 0, 0] : low[1] > 0 ? [0, low[1] + 1, 0] : next;
        const tilde: Version = given.length === 1 ? next : [low[0], low[1] + 1, 0];
        const c = compare(v, low);
        if (op === '>=') return c >= 0;
        if (op === '>') return compare(v, given.length === 3 ? low : next) >= (given.length === 3 ? 1 : 0);
        if (op === '<') return c < 0;
        if (op === '<=') return given.length === 3 ? c <= 0 : compare(v, next) < 0;
        if (op === '^') return c >= 0 && compare(v, caret) < 0;
        if (op === '~') return c >= 0 && compare(v, tilde) < 0;
        return c >= 0 && compare(v, next) < 0;
      }),
  );
}

/** Dev tools allowed an install script, each with its reason. */
const installScripts: Record<string, string> = { esbuild: 'fetches its platform binary (Vite, tsx)' };

describe('package-lock.json', () => {
  it('is lockfile version 3', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it('takes every package from the npm registry, with a sha512 integrity hash', () => {
    const foreign = entries.filter(([, e]) => e.link || (e.resolved !== undefined && !e.resolved.startsWith('https://registry.npmjs.org/')));
    const unhashed = entries.filter(([, e]) => !/^sha512-[A-Za-z0-9+/]+=*$/.test(e.integrity ?? ''));
    expect(foreign.map(([p]) => p)).toEqual([]);
    expect(unhashed.map(([p]) => p)).toEqual([]);
  });

  it('runs no install script outside the listed dev tools', () => {
    const scripts = entries.filter(([, e]) => e.hasInstallScript).map(([p, e]) => ({ name: name(p), dev: e.dev === true }));
    for (const s of scripts) {
      expect(installScripts, `${s.name} has an install script`).toHaveProperty(s.name);
      expect(s.dev, `${s.name} runs an install script and is not a dev tool`).toBe(true);
    }
  });

  it.each([
    ['>=22', false],
    ['>=20.19', true],
    ['^20.19.0 || ^22.12.0 || >=24.0.0', true],
    ['^20.20.0 || >=22', false],
    ['18 || 20 || >=22', true],
    ['^18.18.0 || ^20.9.0 || >=21.1.0', true],
    ['>= 18', true],
    ['>=v12.22.7', true],
    ['<20', false],
    ['>20', false],
    ['~20.19.0', true],
    ['20.x', true],
  ] as const)('reads the engine range %s (admits Node 20.19: %s)', (range, expected) => {
    expect(admits(range, node20)).toBe(expected);
  });

  it('has no package whose declared engine excludes Node 20 (every machine and CI run Node 20)', () => {
    const excluding = entries
      .filter(([, e]) => e.engines?.node !== undefined && !admits(e.engines.node, node20))
      .map(([p, e]) => `${name(p)}@${e.version ?? '?'} needs node ${e.engines?.node ?? ''}${e.dev || e.devOptional ? '' : ' (runtime)'}`);
    expect(excluding).toEqual([]);
  });

  it('pins every direct dependency to an exact version', () => {
    const loose = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, v]) => !/^\d+\.\d+\.\d+$/.test(v));
    expect(loose).toEqual([]);
  });

  it('names every runtime package in docs/dependencies.md', () => {
    const doc = readFileSync('docs/dependencies.md', 'utf8');
    // Named in the first column of the table, or in bold where a package says what it brings.
    const firstColumn = doc.split('\n').filter((l) => l.startsWith('| ')).flatMap((l) => (l.split('|')[1] ?? '').split(',').map((x) => x.trim()));
    const bold = [...doc.matchAll(/\*\*([^*]+)\*\*/g)].flatMap((m) => (m[1] ?? '').split(/,\s*| \+ /));
    const documented = new Set([...firstColumn, ...bold]);
    const runtime = [...new Set(entries.filter(([, e]) => !e.dev && !e.devOptional).map(([p]) => name(p)))].sort();
    expect(runtime.length).toBeGreaterThan(10);
    expect(runtime.filter((n) => !documented.has(n))).toEqual([]);
  });
});
