// The post's source lines on the page: every block of the post content carries `data-line`, the 0-based line of the
// post file it starts on (the renderer strips the attribute from anything else).

/** Blocks of the post content that carry a source line, in page order. */
export function lineBlocks(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-line]')];
}

export function lineOf(element: Element): number {
  return Number(element.getAttribute('data-line'));
}

/** The blocks of the page by source line, read once for many look-ups. */
export class BlocksByLine {
  private readonly blocks = lineBlocks();
  private readonly lines = this.blocks.map(lineOf);

  /** The innermost block a line falls in: the last one (in page order, so the deepest) starting at or before it. */
  at(line: number): HTMLElement | undefined {
    let low = 0;
    let high = this.lines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.lines[mid] <= line) low = mid + 1;
      else high = mid;
    }
    return low ? this.blocks[low - 1] : undefined;
  }
}
