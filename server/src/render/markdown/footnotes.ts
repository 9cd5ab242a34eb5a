// Footnotes the way kramdown writes them: `<sup id="fnref:name">` links numbered in order of first use, and the
// notes in a `div.footnotes` at the end, each closing with a `↩` link back.
import type { FootnoteDefinition, Paragraph, Root, RootContent } from 'mdast';
import { SKIP, visit } from './visit';
import type { KramdownHtml } from './nodes';

export function kramdownFootnotes() {
  return (tree: Root): void => {
    const definitions = new Map<string, FootnoteDefinition>();
    visit(tree, 'footnoteDefinition', (node, index, parent) => {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
      parent?.children.splice(index!, 1);
      return [SKIP, index!];
    });
    const used: FootnoteDefinition[] = [];
    visit(tree, 'footnoteReference', (node, index, parent) => {
      const definition = definitions.get(node.identifier);
      if (!definition || !parent || index === undefined) return undefined;
      if (!used.includes(definition)) used.push(definition);
      parent.children[index] = reference(nameOf(definition), used.indexOf(definition) + 1);
      return undefined;
    });
    if (used.length) tree.children.push(footnoteList(used));
  };
}

function reference(name: string, number: number): KramdownHtml {
  const link = element('a', { href: `#fn:${name}`, class: 'footnote', rel: 'footnote' }, [
    { type: 'kramdownText', value: String(number) },
  ]);
  return element('sup', { id: `fnref:${name}`, role: 'doc-noteref' }, [link]);
}

function footnoteList(definitions: FootnoteDefinition[]): RootContent {
  const items = definitions.map((definition) => {
    const name = nameOf(definition);
    const backLink = element('a', { href: `#fnref:${name}`, class: 'reversefootnote', role: 'doc-backlink' }, [
      { type: 'kramdownText', value: '↩' },
    ]);
    const last = definition.children.at(-1);
    const withBackLink: RootContent[] =
      last?.type === 'paragraph'
        ? [
            ...definition.children.slice(0, -1),
            { ...last, children: [...last.children, { type: 'kramdownText', value: '\u00a0' }, backLink] } as Paragraph,
          ]
        : [...definition.children, { type: 'paragraph', children: [backLink] }];
    return element('li', { id: `fn:${name}`, role: 'doc-endnote' }, withBackLink);
  });
  return element('div', { class: 'footnotes', role: 'doc-endnotes' }, [element('ol', {}, items)]);
}

function nameOf(definition: FootnoteDefinition): string {
  return definition.label ?? definition.identifier;
}

function element(tagName: string, attributes: Record<string, string>, children: RootContent[]): KramdownHtml {
  const source = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  return { type: 'kramdownHtml', tagName, attributes: source, parsedContent: true, children };
}
