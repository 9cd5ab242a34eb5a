// Block-level differences between kramdown and CommonMark, fixed on remark's tree before the inline pass.
import type { Parent, Root, Table } from 'mdast';
import { visit } from './visit';
import type { VFile } from 'vfile';
import { readKramdownBlockHtml } from './blockHtml';
import { readCodeBlockAttributes, readCodeSpanAttributes } from './codeAttributes';
import { readKramdownLists } from './lists';
import { readDisplayMath } from './math';

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** Sets `file.data.unclosedHtml` when an HTML block's end tag is missing: it swallows what follows, beyond this text. */
export function kramdownBlocks() {
  return (tree: Root, file: VFile): void => {
    const source = String(file);
    visit(tree, (node) => {
      if (node.type === 'table') alignCells(node);
      else if (FLOW_PARENTS.has(node.type)) {
        if (!readKramdownBlockHtml(node as Parent, source)) file.data.unclosedHtml = true;
        readKramdownLists(node as Parent, source);
        readDisplayMath(node as Parent, source);
        readCodeBlockAttributes(node as Parent, source);
      }
    });
    readCodeSpanAttributes(tree);
  };
}

/** kramdown writes column alignment as `style="text-align: …"` on every cell. */
function alignCells(table: Table): void {
  for (const row of table.children) {
    row.children.forEach((cell, column) => {
      const align = table.align?.[column];
      if (align)
        cell.data = {
          ...cell.data,
          hProperties: { ...cell.data?.hProperties, align: null, style: `text-align: ${align}` },
        };
    });
  }
}
