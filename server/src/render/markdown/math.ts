// kramdown's math (math_engine mathjax, kramdown/parser/kramdown/math.rb): `$$…$$` that starts a block after a
// block boundary and ends before one is display math `\[…\]`; anywhere else in text it is inline math `\(…\)`.
import type { Parent, RootContent } from 'mdast';
import { kramdownText } from './nodes';

/** kramdown's BLOCK_MATH_START from where the paragraph starts: the formula runs to the first `$$`, across lines and blank lines. */
const BLOCK_MATH = /\$\$([^]*?)\$\$(?:[ \t\r\f\v]*\n)?/y;
/** kramdown's BLOCK_BOUNDARY after it: a blank line or the end. */
const BLOCK_BOUNDARY = /^(?:[ \t\r\f\v]*\n|[ \t\r\f\v]*$)/;
const BLANK_LINE = /\n[ \t\r\f\v]*\n/;

/**
 * Replaces the paragraphs of `parent` that kramdown reads as display math. In the root, a formula may run over what
 * remark took for several blocks (blank lines, or lines that look like list items or quotes); inside a list or quote
 * the source lines carry the container's marks, so there only a paragraph that is one formula is read.
 */
export function readDisplayMath(parent: Parent, source: string): void {
  const children = parent.children as RootContent[];
  const containerEnd = parent.position?.end.offset ?? source.length;
  for (let index = 0; index < children.length; index++) {
    const node = children[index];
    const start = node.position?.start.offset;
    if (node.type !== 'paragraph' || start === undefined || !afterBlockBoundary(children, index, source)) continue;
    BLOCK_MATH.lastIndex = start;
    const math = BLOCK_MATH.exec(source);
    if (!math || !BLOCK_BOUNDARY.test(source.slice(math.index + math[0].length, containerEnd))) continue;
    const end = math.index + math[0].length;
    let last = index;
    while ((children[last + 1]?.position?.start.offset ?? Infinity) < end) last++;
    if ((last > index && parent.type !== 'root') || (children[last].position?.end.offset ?? Infinity) > end) continue;
    const position = { start: node.position!.start, end: children[last].position!.end };
    children.splice(index, last - index + 1, { ...kramdownText(`\\[${math[1].trim()}\\]`), position });
  }
}

/** kramdown's `after_block_boundary?`: first in its container, or after a blank line. */
function afterBlockBoundary(children: RootContent[], index: number, source: string): boolean {
  const previousEnd = children[index - 1]?.position?.end.offset;
  if (previousEnd === undefined) return true;
  return BLANK_LINE.test(source.slice(previousEnd - 1, children[index].position!.start.offset));
}

export function inlineMath(content: string): string {
  return `\\(${content.trim()}\\)`;
}
