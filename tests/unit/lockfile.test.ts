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
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const entries = Object.entries(lock.packages).filter(([path]) => path !== '');
const name = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

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
