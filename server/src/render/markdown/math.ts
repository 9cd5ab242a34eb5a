// kramdown's math (math_engine mathjax): `$$…$$` alone in a paragraph is display math `\[…\]`, inside text `\(…\)`.
import type { Parent, RootContent } from 'mdast';
import { kramdownText } from './nodes';

const DISPLAY_MATH = /^ {0,3}\$\$([^]*?)\$\$[ \t]*$/;

export function readDisplayMath(parent: Parent, source: string): void {
  const children = parent.children as RootContent[];
  children.forEach((node, index) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type !== 'paragraph' || start === undefined || end === undefined) return;
    const math = DISPLAY_MATH.exec(source.slice(start, end));
    if (math) children[index] = { ...kramdownText(`\\[${math[1].trim()}\\]`), position: node.position };
  });
}

export function inlineMath(content: string): string {
  return `\\(${content.trim()}\\)`;
}
