import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, precacheList, securityHeaders } from '../../scripts/hosting.ts';
import { serviceWorkerSource } from '../../scripts/service-worker.ts';

describe('hosting', () => {
  it('keeps the policy strict: nothing inline, nothing foreign, Trusted Types on', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-|data:|blob:|\*|https?:/);
    expect(contentSecurityPolicy).toContain("require-trusted-types-for 'script'");
    expect(contentSecurityPolicy).toContain("frame-src 'none'");
    expect(securityHeaders['Content-Security-Policy']).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
  });

  it.each(Object.entries(securityHeaders))('puts %s in _headers and in docs/hosting.md', (name, value) => {
    expect(headersFile()).toContain(`  ${name}: ${value}\n`);
    expect(readFileSync('docs/hosting.md', 'utf8')).toContain(`${name}: ${value}`);
  });

  it('caches the page, every built file and the public files, and nothing twice', () => {
    const list = precacheList(['index.html', 'assets/a.js', 'assets/a.js', '.vite/manifest.json', 'sw.js', '_headers'], 'public');
    expect(list[0]).toBe('./');
    expect(list).toContain('assets/a.js');
    expect(list).toContain('manifest.webmanifest');
    expect(list).toContain('icons/icon-192.png');
    expect(list).not.toContain('sw.js');
    expect(list).not.toContain('.vite/manifest.json');
    expect(new Set(list).size).toBe(list.length);
  });

  it('writes a service worker that runs as plain JavaScript with its version and files', () => {
    const source = serviceWorkerSource('abc123', ['./', 'assets/a.js']);
    expect(source).toContain('"abc123"');
    expect(() => new Function(source)).not.toThrow();
  });
});
