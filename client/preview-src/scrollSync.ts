// The editor and the page scrolled together: the page scrolls to the editor's top line, and tells the editor the line
// at its own top when the user scrolls it. Lines between two blocks are interpolated; above the first block is the
// front matter, which the page shows as its header.
import { lineBlocks, lineOf } from './lines';
import { host } from './vscodeApi';

/** After the page scrolls itself, its scroll events are the echo, not the user. */
const IGNORE_SCROLL_MS = 250;
const REPORT_DELAY_MS = 50;
const MARGIN_PX = 8;

export class ScrollSync {
  private ignoreScrollUntil = 0;
  private reportTimer: number | undefined;

  constructor() {
    window.addEventListener('scroll', () => this.onScroll());
  }

  toLine(line: number): void {
    const { before, after } = around(lineBlocks(), line);
    if (!before) return;
    this.ignoreScrollUntil = Date.now() + IGNORE_SCROLL_MS;
    if (line < lineOf(before)) {
      window.scrollTo(0, 0);
      return;
    }
    const top = before.getBoundingClientRect().top + window.scrollY;
    let target = top;
    if (after && lineOf(after) > lineOf(before)) {
      const afterTop = after.getBoundingClientRect().top + window.scrollY;
      target += ((line - lineOf(before)) / (lineOf(after) - lineOf(before))) * (afterTop - top);
    }
    window.scrollTo(0, Math.max(0, target - MARGIN_PX));
  }

  /** The source line at the top of the view (0 above the first block: the front matter). */
  topLine(): number | undefined {
    let previous: { line: number; top: number } | undefined;
    for (const block of lineBlocks()) {
      const top = block.getBoundingClientRect().top;
      if (top > 0) {
        if (!previous) return 0;
        return previous.line + ((0 - previous.top) / Math.max(1, top - previous.top)) * (lineOf(block) - previous.line);
      }
      previous = { line: lineOf(block), top };
    }
    return previous?.line;
  }

  private onScroll(): void {
    if (Date.now() < this.ignoreScrollUntil) return;
    window.clearTimeout(this.reportTimer);
    this.reportTimer = window.setTimeout(() => {
      const line = this.topLine();
      if (line !== undefined) host.postMessage({ type: 'revealLine', line: Math.floor(line) });
    }, REPORT_DELAY_MS);
  }
}

function around(blocks: HTMLElement[], line: number): { before?: HTMLElement; after?: HTMLElement } {
  let before: HTMLElement | undefined;
  for (const block of blocks) {
    if (lineOf(block) <= line) before = block;
    else return { before: before ?? block, after: block };
  }
  return { before };
}
