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

  /**
   * The innermost block a line falls in: of the blocks that start on the last line at or before it, the last one that
   * is not a list item or a table row, else the first (the item or row itself).
   */
  at(line: number): HTMLElement | undefined {
    let low = 0;
    let high = this.lines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.lines[mid] <= line) low = mid + 1;
      else high = mid;
    }
    if (low === 0) return undefined;
    const startLine = this.lines[low - 1];
    let first = low - 1;
    while (first > 0 && this.lines[first - 1] === startLine) first--;
    for (let i = low - 1; i >= first; i--) if (!this.blocks[i].matches('li, tr')) return this.blocks[i];
    return this.blocks[first];
  }
}
