// The post's source lines on the page: every block of the post content carries `data-line`, the 0-based line of the
// post file it starts on (the renderer strips the attribute from anything else).

/** Blocks of the post content that carry a source line, in page order. */
export function lineBlocks(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-line]')];
}

export function lineOf(element: Element): number {
  return Number(element.getAttribute('data-line'));
}

/** The innermost block a line falls in: the last block starting at or before it, list items and rows preferred. */
export function blockAtLine(blocks: HTMLElement[], line: number): HTMLElement | undefined {
  let found: HTMLElement | undefined;
  for (const block of blocks) {
    if (lineOf(block) > line) break;
    if (!block.matches('li, tr') || !found || lineOf(found) < lineOf(block)) found = block;
  }
  return found;
}
