import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { inject } from 'vitest';

// The global setup's own preview server, on a free port (see preview-server.ts).
export const appUrl = inject('appUrl');
export const appOrigin = new URL(appUrl).origin;
export { launchBrowser } from './chromium.ts';

export interface Session {
  context: BrowserContext;
  page: Page;
  requests: string[];
  consoleErrors: string[];
}

/** A fresh profile in the given language, recording every request and console error. */
export async function openApp(browser: Browser, options: { locale?: string; path?: string; bypassCSP?: boolean; draft?: unknown } = {}): Promise<Session> {
  const context = await browser.newContext({ locale: options.locale ?? 'ru-RU', viewport: { width: 1200, height: 900 }, bypassCSP: options.bypassCSP ?? false });
  if (options.draft) await context.addInitScript((draft) => localStorage.setItem('konvert.draft', draft), JSON.stringify(options.draft));
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r: Request) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(new URL(options.path ?? '', appUrl).href);
  await page.waitForSelector('h1');
  return { context, page, requests, consoleErrors };
}

export function foreignRequests(requests: string[]): string[] {
  return requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== appOrigin);
}
