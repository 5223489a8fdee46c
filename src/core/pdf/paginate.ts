/** One line of flowing text before it is given a page and a vertical position. */
export interface FlowLine<T> {
  /** Line pitch in mm. */
  height: number;
  /** Extra space above the line, dropped when the line starts a page. */
  spaceBefore: number;
  /** May a page break come right before this line? */
  breakBefore: boolean;
  data: T;
}

export interface FlowBlock<T> {
  lines: Array<{ height: number; data: T }>;
  spaceBefore: number;
  /** Paragraph text: may split, but never leaving one line alone (widow/orphan). */
  splittable: boolean;
  keepWithNext?: boolean;
  keepWithPrevious?: boolean;
}

/**
 * Marks where breaks are allowed. Inside a paragraph of n lines a break
 * before line j needs j >= 2 and n - j >= 2, the usual typesetting rule that
 * no first or last line of a paragraph stands alone on a page.
 */
export function flowLines<T>(blocks: FlowBlock<T>[]): FlowLine<T>[] {
  const out: FlowLine<T>[] = [];
  blocks.forEach((block, b) => {
    const prev = blocks[b - 1];
    const n = block.lines.length;
    block.lines.forEach((line, j) => {
      const breakBefore =
        j === 0 ? b > 0 && !prev?.keepWithNext && !block.keepWithPrevious : block.splittable && j >= 2 && n - j >= 2;
      out.push({ height: line.height, spaceBefore: j === 0 ? block.spaceBefore : 0, breakBefore, data: line.data });
    });
  });
  return out;
}

/**
 * Splits lines into pages of at most `pageHeight` mm, breaking at the latest
 * allowed point; when a page has no allowed point (one huge unbreakable
 * block) it breaks where the page is full.
 */
export function paginate<T>(lines: FlowLine<T>[], pageHeight: number): Array<Array<{ line: FlowLine<T>; top: number }>> {
  const pages: Array<Array<{ line: FlowLine<T>; top: number }>> = [];
  let start = 0;
  while (start < lines.length) {
    let used = 0;
    let i = start;
    while (i < lines.length) {
      const line = lines[i] as FlowLine<T>;
      const h = (i === start ? 0 : line.spaceBefore) + line.height;
      if (used + h > pageHeight && i > start) break;
      used += h;
      i++;
    }
    let end = i;
    if (i < lines.length) {
      let b = i;
      while (b > start && !(lines[b] as FlowLine<T>).breakBefore) b--;
      end = b > start ? b : i;
    }
    let top = 0;
    const page: Array<{ line: FlowLine<T>; top: number }> = [];
    for (let k = start; k < end; k++) {
      const line = lines[k] as FlowLine<T>;
      if (k > start) top += line.spaceBefore;
      page.push({ line, top });
      top += line.height;
    }
    pages.push(page);
    start = end;
  }
  return pages;
}
