// kramdown's list rules (kramdown/parser/kramdown/list.rb) where they differ from CommonMark: one list whatever the
// bullet character, and `<p>` around an item's first paragraph decided item by item, not for the whole list.
import type { List, ListItem, Parent, RootContent } from 'mdast';

const BLANK_LINE = /\n[ \t]*\r?\n/;

export function readKramdownLists(parent: Parent, source: string): void {
  const children = parent.children as RootContent[];
  for (let i = children.length - 1; i > 0; i--) {
    const [previous, current] = [children[i - 1], children[i]];
    if (previous.type === 'list' && current.type === 'list' && previous.ordered === current.ordered) {
      previous.children.push(...current.children);
      children.splice(i, 1);
    }
  }
  for (const child of children) if (child.type === 'list') markTransparentItems(child, source);
}

function markTransparentItems(list: List, source: string): void {
  const items = list.children;
  items.forEach((item, index) => {
    const next = items[index + 1];
    const isLast = next === undefined;
    const opensWithParagraph = item.children[0]?.type === 'paragraph';
    const tight = isLast && item.children.length === 1 ? true : !blankAfterFirstBlock(item, next, source);
    const earlierAllow =
      !isLast ||
      items.length === 1 ||
      items.slice(0, -1).some((it) => it.children[0]?.type !== 'paragraph' || it.data?.kramdownTransparent);
    if (opensWithParagraph && tight && earlierAllow) item.data = { ...item.data, kramdownTransparent: true };
  });
}

/** Whether a blank line follows the item's first block, before its next block or the next item. */
function blankAfterFirstBlock(item: ListItem, next: ListItem | undefined, source: string): boolean {
  const end = item.children[0]?.position?.end.offset;
  const following = item.children[1] ?? next;
  const start = following?.position?.start.offset;
  return end !== undefined && start !== undefined && BLANK_LINE.test(source.slice(end, start));
}
