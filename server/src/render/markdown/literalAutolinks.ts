// kramdown links only `[text](url)` and `<url>`: the bare URLs and e-mail addresses GFM turns into links stay text.
// GFM makes them two ways: while parsing (links with a position) and by a later pass over text nodes, which leaves
// the pieces of the split text node without positions; we join those pieces back into one text node.
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export function literalAutolinksAsText() {
  return (tree: Root, file: VFile): void => {
    const source = String(file);
    visit(tree, (node) => {
      if ('children' in node && node.children.some((child) => child.type === 'link')) rejoin(node as Parent, source);
    });
  };
}

function rejoin(parent: Parent, source: string): void {
  const children = parent.children as PhrasingContent[];
  const result: PhrasingContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type === 'link' && child.position && !/^[[<]/.test(source.slice(child.position.start.offset, child.position.start.offset! + 1))) {
      result.push({ type: 'text', value: source.slice(child.position.start.offset, child.position.end.offset), position: child.position });
    } else if (!child.position && (child.type === 'text' || child.type === 'link')) {
      let end = i;
      while (end + 1 < children.length && !children[end + 1].position && ['text', 'link'].includes(children[end + 1].type)) end++;
      const start = result.at(-1)?.position?.end ?? parent.position?.start;
      const stop = children[end + 1]?.position?.start ?? parent.position?.end;
      result.push(joined(children.slice(i, end + 1), start && stop && { start, end: stop }));
      i = end;
    } else {
      result.push(child);
    }
  }
  parent.children = result;
}

/** One text node from the split pieces, placed between its neighbours so its source can be found again. */
function joined(pieces: PhrasingContent[], position: Position | undefined): Text {
  const value = pieces.map((piece) => (piece.type === 'link' ? toString(piece) : 'value' in piece ? piece.value : '')).join('');
  return position ? { type: 'text', value, position } : { type: 'text', value };
}
