import type { Page } from 'playwright-core';

/** What overflows on this screen: the page sideways, or a button or link-button whose text is cut. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) problems.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.querySelectorAll<HTMLElement>('button, .button, select, summary')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || el.closest('[aria-hidden="true"], .step-nav')) continue;
      const text = (el.textContent ?? '').trim().slice(0, 40);
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`clipped: ${text}`);
      if (box.right > width + 1 || box.left < -1) problems.push(`outside: ${text}`);
    }
    return problems;
  });
}
