// kramdown's footnotes in the HTML converter: a marker is numbered when it is first written (`fnref:name`, then
// `fnref:name:1`, … for repeats), and the notes are listed after the content in that order, each ending with links
// back to its markers.
import type { ElementContent } from 'hast';
import type { Converter } from './converter';
import { element, type Element } from './elements';

interface Footnote {
  name: string;
  content: Element;
  number: number;
  /** Markers after the first. */
  repeats: number;
}

export interface Footnotes {
  list: Footnote[];
  byName: Map<string, Footnote>;
  next: number;
}

export function footnoteMarker(converter: Converter, el: Element): ElementContent {
  const { footnotes } = converter;
  const name = converter.doc.options.footnotePrefix + el.footnote!.name;
  let footnote = footnotes.byName.get(name);
  let id = `fnref:${name}`;
  if (footnote) id += `:${++footnote.repeats}`;
  else {
    footnote = { name, content: el.footnote!.content, number: footnotes.next++, repeats: 0 };
    footnotes.list.push(footnote);
    footnotes.byName.set(name, footnote);
  }
  const link = converter.element('a', { href: `#fn:${name}`, class: 'footnote', rel: 'footnote' }, [
    { type: 'text', value: String(footnote.number) },
  ]);
  return converter.element('sup', { id, role: 'doc-noteref' }, [link]);
}

/** The `div.footnotes` with the notes written so far, and those their notes refer to; nothing when there are none. */
export function footnoteContent(converter: Converter): ElementContent[] {
  const { footnotes, doc } = converter;
  const items: ElementContent[] = [];
  for (let i = 0; i < footnotes.list.length; i++) {
    const { name, content, repeats } = footnotes.list[i];
    const item = element('li');
    item.attr.id = `fn:${name}`;
    item.attr.role = 'doc-endnote';
    item.children = withBackLinks(content.children, name, repeats, doc.options);
    items.push(...converter.convert(item));
  }
  if (!items.length) return [];
  const start: Record<string, string> = doc.options.footnoteNr === 1 ? {} : { start: String(doc.options.footnoteNr) };
  const list = converter.element('ol', start, items);
  return [converter.element('div', { class: 'footnotes', role: 'doc-endnotes' }, [list])];
}

/** The note's blocks with the back links added to its last paragraph (or a new one), copied along the way. */
function withBackLinks(
  children: Element[],
  name: string,
  repeats: number,
  options: { footnoteBacklink: string; footnoteBacklinkInline: boolean },
): Element[] {
  const text = options.footnoteBacklink;
  const links = (space: boolean): Element[] =>
    text === ''
      ? []
      : [
          ...(space ? [entity('\u00a0')] : []),
          backLink(`#fnref:${name}`, [textElement(text)]),
          ...Array.from({ length: repeats }, (_, k) => [
            entity('\u00a0'),
            backLink(`#fnref:${name}:${k + 1}`, [textElement(text), superscript(String(k + 2))]),
          ]).flat(),
        ];
  const last = children.at(-1);
  if (last?.type === 'p' || (options.footnoteBacklinkInline && last)) {
    const copy = appendToLastParagraph(children, links(true));
    if (copy) return copy;
  }
  const paragraph = element('p');
  paragraph.children = links(false);
  return [...children, paragraph];
}

/** Follows the last children down to a paragraph or header and appends to it; undefined when there is none. */
function appendToLastParagraph(children: Element[], added: Element[]): Element[] | undefined {
  const last = children.at(-1);
  if (!last) return undefined;
  if (last.type === 'p' || last.type === 'header')
    return [...children.slice(0, -1), { ...last, children: [...last.children, ...added] }];
  const inner = appendToLastParagraph(last.children, added);
  return inner && [...children.slice(0, -1), { ...last, children: inner }];
}

function backLink(href: string, children: Element[]): Element {
  const link = element('a');
  Object.assign(link.attr, { href, class: 'reversefootnote', role: 'doc-backlink' });
  link.children = children;
  return link;
}

function superscript(value: string): Element {
  const sup = element('html_element', 'sup');
  sup.category = 'span';
  sup.children = [textElement(value)];
  return sup;
}

function entity(char: string): Element {
  return element('entity', char);
}

function textElement(value: string): Element {
  return element('text', value);
}
