import { chromium, type Browser } from 'playwright-core';

// Debian's Chromium; the flags keep it from calling Google's services on start.
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.KONVERT_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
