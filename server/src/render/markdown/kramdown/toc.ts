// kramdown's table of contents (`{:toc}` on a list): the headers written so far, nested by level, each linking to
// its id, in a list of the same kind and attributes as the one it replaces (`id="markdown-toc"` unless given one).
import { element, type Element } from './elements';

export interface TocEntry {
  level: number;
  id: string;
  /** The header's content; footnote markers are left out and links unwrapped. */
  children: Element[];
}

export function tocTree(toc: TocEntry[], type: 'ul' | 'ol', attr: Record<string, string>): Element {
  const sections = element(type);
  Object.assign(sections.attr, attr);
  sections.attr.id ??= 'markdown-toc';
  const stack: Element[] = [];
  const closeLast = () => {
    const item = stack.pop()!;
    if (item.children.at(-1)!.children.length === 0) item.children.pop();
  };
  for (const { level, id, children } of toc) {
    const item = element('li');
    item.level = level;
    const paragraph = element('p');
    paragraph.transparent = true;
    const link = element('a');
    link.attr.href = `#${id}`;
    link.attr.id = `${sections.attr.id}-${id}`;
    link.children = forTocEntry(children);
    paragraph.children.push(link);
    item.children.push(paragraph, element(type));
    for (;;) {
      const parent = stack.at(-1);
      if (!parent) sections.children.push(item);
      else if (parent.level! < level) parent.children.at(-1)!.children.push(item);
      else {
        closeLast();
        continue;
      }
      stack.push(item);
      break;
    }
  }
  while (stack.length) closeLast();
  return sections;
}

/** A header's content for an entry: without footnote markers, links replaced by their content. */
function forTocEntry(children: Element[]): Element[] {
  return children.flatMap((child): Element[] => {
    if (child.type === 'footnote') return [];
    const copy = { ...child, children: forTocEntry(child.children) };
    return copy.type === 'a' ? copy.children : [copy];
  });
}
