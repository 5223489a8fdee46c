import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Plugin } from 'vite';
import { serviceWorkerSource } from './service-worker.ts';

/*
 * How the built app is served: the content security policy (in a meta tag, and as a header
 * with what a meta tag cannot carry), the other security headers as a `_headers` file that
 * Netlify and Cloudflare Pages read (docs/hosting.md has the same for nginx, Apache, Caddy),
 * the same headers from `vite preview`, and the offline copy: a web app manifest and a
 * service worker that caches every file of this build.
 */

/**
 * Nothing from another origin; no inline script or style; no data:/blob: images; no frames;
 * workers only from the app; Trusted Types enforced, with one `default` policy (src/main.tsx)
 * that lets through same-origin script URLs only (the service worker, a worker chunk).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types default',
].join('; ');

/** Headers for every response; `frame-ancestors` only works as a header, never in a meta tag. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The `_headers` file (Netlify, Cloudflare Pages); sw.js is always checked for a new version. */
export function headersFile(): string {
  const lines = ['/*', ...Object.entries(securityHeaders).map(([k, v]) => `  ${k}: ${v}`), '', '/sw.js', '  Cache-Control: no-cache', ''];
  return lines.join('\n');
}

function publicFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .filter((f) => f !== '_headers')
    .sort();
}

/** The build's own files, the public folder's files and the page itself: what works offline. */
export function precacheList(bundleFiles: string[], publicDir: string): string[] {
  const skip = (f: string) => f.endsWith('.map') || f === '.vite/manifest.json' || f === 'sw.js' || f === '_headers';
  return ['./', ...new Set([...bundleFiles.filter((f) => !skip(f)), ...publicFiles(publicDir)])].sort((a, b) => (a === './' ? -1 : b === './' ? 1 : a.localeCompare(b)));
}

export function hosting(): Plugin {
  let publicDir = 'public';
  return {
    name: 'konvert-hosting',
    // After Vite's own plugins, so the page itself (index.html) is in the bundle when it is listed.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir || publicDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => [
        // The dev server injects inline scripts of its own: the policy goes into the build only.
        ...(ctx.server ? [] : [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' as const }]),
        { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' }, injectTo: 'head' as const },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#1f3a5f' }, injectTo: 'head' as const },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon.png' }, injectTo: 'head' as const },
      ],
    },
    generateBundle(_options, bundle) {
      const files = precacheList(Object.keys(bundle).concat('index.html'), publicDir);
      const hash = createHash('sha256').update(contentSecurityPolicy);
      for (const name of Object.keys(bundle).sort()) {
        const item = bundle[name];
        hash.update(name);
        if (item?.type === 'asset') hash.update(typeof item.source === 'string' ? item.source : Buffer.from(item.source));
        else if (item?.type === 'chunk') hash.update(item.code);
      }
      for (const f of files) if (!bundle[f] && f !== './' && f !== 'index.html') hash.update(readFileSync(join(publicDir, f)));
      const version = hash.digest('hex').slice(0, 16);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(version, files) });
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [k, v] of Object.entries(securityHeaders)) res.setHeader(k, v);
        next();
      });
    },
  };
}
