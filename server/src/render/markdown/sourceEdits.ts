// Two kramdown block rules CommonMark lacks, applied by editing the source before a second parse. Only characters
// within a line change, so line numbers (and `data-line`) stay right.
//   - `1)` is no list marker for kramdown: the line is paragraph text.
//   - Any ordered item interrupts a paragraph, not only one numbered 1 (kramdown writes no `start` anyway).
//   - A setext underline after a paragraph of several lines is more paragraph text (`---` an em dash), so we
//     indent it out of CommonMark's reach.
//   - A table needs a blank line (or the start of its container) before it, one after it, and a pipe on every
//     line; otherwise its lines are paragraph text, so we escape their pipes.
import type { Heading, Parent, Root, Table } from 'mdast';
import { visit } from './visit';

const PAREN_MARKER = /^ *\d+(?=\))/;
const NUMBERED_LINE = /\n( {0,3})\d+(?=\.[ \t])/g;

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** The edited source, or undefined when kramdown reads this post's blocks as CommonMark does. */
export function kramdownSourceEdits(tree: Root, source: string): string | undefined {
  const edits: Edit[] = [];
  visit(tree, (node, index, parent) => {
    if (node.type === 'table' && !isKramdownTable(node, index, parent, source)) {
      edits.push(...escapedPipes(node, source));
    } else if (node.type === 'heading' && isMultiLineSetext(node, source)) {
      edits.push({ at: source.lastIndexOf('\n', node.position!.end.offset! - 1) + 1, remove: 0, insert: '    ' });
    } else if (node.type === 'list' && node.ordered) {
      for (const item of node.children) {
        const start = item.position?.start.offset;
        const marker = start === undefined ? null : PAREN_MARKER.exec(source.slice(start, start + 12));
        if (start !== undefined && marker) edits.push({ at: start + marker[0].length, remove: 0, insert: '\\' });
      }
    } else if (node.type === 'paragraph' && node.position) {
      const { start, end } = node.position;
      const text = source.slice(start.offset, end.offset);
      for (const match of text.matchAll(NUMBERED_LINE)) {
        const at = start.offset! + match.index + 1 + match[1].length;
        const digits = match[0].length - 1 - match[1].length;
        if (source.slice(at, at + digits) !== '1') edits.push({ at, remove: digits, insert: '1' });
      }
    }
  });
  if (!edits.length) return undefined;
  edits.sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let copied = 0;
  for (const edit of edits) {
    pieces.push(source.slice(copied, edit.at), edit.insert);
    copied = edit.at + edit.remove;
  }
  pieces.push(source.slice(copied));
  return pieces.join('');
}

const BLANK_BEFORE = /\n[ \t]*\r?\n[ \t]*$/;
const BLANK_AFTER = /^[ \t]*(?:\r?\n[ \t]*(?:\r?\n|$)|$)/;

function isKramdownTable(table: Table, index: number | undefined, parent: Parent | undefined, source: string): boolean {
  const start = table.position?.start.offset;
  const end = table.position?.end.offset;
  if (start === undefined || end === undefined) return true;
  const previous = index ? parent?.children[index - 1]?.position?.end.offset : undefined;
  const afterBoundary = previous === undefined || BLANK_BEFORE.test(source.slice(previous, start));
  const everyLineHasPipe = source
    .slice(start, end)
    .split('\n')
    .every((line) => line.includes('|'));
  return afterBoundary && everyLineHasPipe && BLANK_AFTER.test(source.slice(end));
}

function escapedPipes(table: Table, source: string): Edit[] {
  const start = table.position!.start.offset!;
  const text = source.slice(start, table.position!.end.offset);
  return [...text.matchAll(/(?<!\\)\|/g)].map((match) => ({ at: start + match.index, remove: 0, insert: '\\' }));
}

function isMultiLineSetext(heading: Heading, source: string): boolean {
  const { start, end } = heading.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined || end.line - start.line < 2) return false;
  return /\n {0,3}(?:-+|=+)[ \t]*$/.test(source.slice(start.offset, end.offset));
}
