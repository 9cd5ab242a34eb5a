// kramdown links only `[text](url)` and `<url>`: the bare URLs GFM turns into links stay text.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export function literalAutolinksAsText() {
  return (tree: Root, file: VFile): void => {
    const source = String(file);
    visit(tree, 'link', (node, index, parent) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (!parent || index === undefined || start === undefined || end === undefined) return undefined;
      if (source[start] === '[' || source[start] === '<') return undefined;
      parent.children[index] = { type: 'text', value: source.slice(start, end), position: node.position };
      return undefined;
    });
  };
}
