import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flowLines, paginate, type FlowBlock } from './paginate.ts';

type Tag = { block: number; line: number; of: number };

const paragraphs = (sizes: number[]): FlowBlock<Tag>[] =>
  sizes.map((n, block) => ({
    lines: Array.from({ length: n }, (_, line) => ({ height: 6, data: { block, line, of: n } })),
    spaceBefore: 1.5,
    splittable: true,
  }));

describe('paginate', () => {
  it('never leaves one line of a paragraph alone at the top or bottom of a page', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 20 }), (sizes) => {
        const pages = paginate(flowLines(paragraphs(sizes)), 250);
        for (const page of pages) {
          const first = page[0]?.line.data as Tag;
          const last = page[page.length - 1]?.line.data as Tag;
          // A paragraph that starts on the previous page brings at least two lines here...
          if (first.line > 0) expect(first.line).toBeGreaterThanOrEqual(2);
          if (first.line > 0) expect(first.of - first.line).toBeGreaterThanOrEqual(2);
          // ...and one that continues on the next page leaves at least two lines behind.
          if (last.line < last.of - 1) expect(last.line + 1).toBeGreaterThanOrEqual(2);
        }
        expect(pages.flat().length).toBe(sizes.reduce((a, b) => a + b, 0));
      }),
    );
  });

  it('keeps every page within its height', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 10 }), (sizes) => {
        for (const page of paginate(flowLines(paragraphs(sizes)), 100)) {
          const last = page[page.length - 1];
          if (last) expect(last.top + last.line.height).toBeLessThanOrEqual(100 + 1e-9);
        }
      }),
    );
  });

  it('moves a heading kept with the next block to the next page with it', () => {
    const blocks: FlowBlock<Tag>[] = [
      ...paragraphs([15]),
      { lines: [{ height: 6, data: { block: 9, line: 0, of: 1 } }], spaceBefore: 0, splittable: false, keepWithNext: true },
      ...paragraphs([4]),
    ];
    const pages = paginate(flowLines(blocks), 6 * 16.5);
    expect(pages[1]?.[0]?.line.data.block).toBe(9);
  });
});
