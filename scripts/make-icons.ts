// Renders the app icons (public/icons/*.svg) to the PNG sizes browsers ask a PWA for:
// `node --import tsx scripts/make-icons.ts`. Uses the same Chromium as the e2e tests.
import { readFileSync } from 'node:fs';
import { launchBrowser } from '../tests/e2e/chromium.ts';

const jobs = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon.svg', png: 'apple-touch-icon.png', size: 180 },
  { svg: 'maskable.svg', png: 'maskable-512.png', size: 512 },
];

const browser = await launchBrowser();
try {
  for (const job of jobs) {
    const page = await browser.newPage({ viewport: { width: job.size, height: job.size } });
    const svg = readFileSync(`public/icons/${job.svg}`, 'utf8').replace('<svg ', `<svg width="${job.size}" height="${job.size}" `);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.screenshot({ path: `public/icons/${job.png}`, omitBackground: true, clip: { x: 0, y: 0, width: job.size, height: job.size } });
    await page.close();
  }
} finally {
  await browser.close();
}
