// mdast → hast the way kramdown's HTML converter (kramdown/converter/html.rb) and Jekyll's Rouge setup write things.
import type { Element, ElementContent, Properties } from 'hast';
import type { Code, InlineCode, List, ListItem } from 'mdast';
import type { Handlers, State } from 'mdast-util-to-hast';
import rehypeRaw from 'rehype-raw';
import { unified } from 'unified';
import type { KramdownHtml } from './nodes';
import { codeBlockElement, codeSpanElement } from './codeElements';

declare module 'mdast' {
  interface ListItemData {
    /** kramdown writes the item's first paragraph without `<p>` (see lists.ts). */
    kramdownTransparent?: boolean;
  }
}

const attributeParser = unified().use(rehypeRaw);

export const KRAMDOWN_HANDLERS: Partial<Handlers> = {
  kramdownHtml(state: State, node: KramdownHtml): Element {
    const element: Element = {
      type: 'element',
      tagName: node.tagName,
      properties: parseAttributes(node.attributes),
      children: state.all(node),
    };
    state.patch(node, element);
    return element;
  },

  code(state: State, node: Code): Element {
    const fence = node.lang ? { class: `language-${node.lang}` } : {};
    const attributes = node.data?.kramdownAttributes ?? {};
    const className = [fence.class, attributes.class].filter(Boolean).join(' ');
    const result = codeBlockElement(node.value ? `${node.value}\n` : '', {
      ...attributes,
      ...(className ? { class: className } : {}),
    });
    state.patch(node, result);
    return state.applyData(node, result);
  },

  inlineCode(state: State, node: InlineCode): Element {
    const result = codeSpanElement(node.value, node.data?.kramdownAttributes ?? {});
    state.patch(node, result);
    return state.applyData(node, result);
  },

  list(state: State, node: List): Element {
    const items = state.all(node);
    const isTaskList = node.children.some((item) => typeof item.checked === 'boolean');
    const result = element(
      node.ordered ? 'ol' : 'ul',
      isTaskList ? { className: ['task-list'] } : {},
      state.wrap(items, true),
    );
    state.patch(node, result);
    return state.applyData(node, result);
  },

  listItem(state: State, node: ListItem): Element {
    const [first, ...rest] = state.all(node);
    const opening =
      node.data?.kramdownTransparent && first?.type === 'element' && first.tagName === 'p'
        ? first.children
        : first
          ? [first]
          : [];
    const checkbox = typeof node.checked === 'boolean' ? [taskCheckbox(node.checked)] : [];
    const children = withCheckbox(opening, rest, checkbox);
    const result = element('li', checkbox.length ? { className: ['task-list-item'] } : {}, children);
    state.patch(node, result);
    return state.applyData(node, result);
  },
};

/** kramdown puts the checkbox at the start of the item's first paragraph, before its text. */
function withCheckbox(opening: ElementContent[], rest: ElementContent[], checkbox: Element[]): ElementContent[] {
  const [head] = opening;
  if (checkbox.length && opening.length === 1 && head.type === 'element' && head.tagName === 'p') {
    return [{ ...head, children: [...checkbox, ...head.children] }, ...rest];
  }
  return [...checkbox, ...opening, ...rest];
}

function taskCheckbox(checked: boolean): Element {
  return element('input', { type: 'checkbox', className: ['task-list-item-checkbox'], disabled: true, checked }, []);
}

function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/** The attributes of a start tag as hast properties, read by the HTML parser itself. */
function parseAttributes(attributes: string): Properties {
  if (!attributes.trim()) return {};
  const fragment = attributeParser.runSync({
    type: 'root',
    children: [{ type: 'raw', value: `<span ${attributes}></span>` }],
  });
  const carrier = fragment.children[0];
  return carrier?.type === 'element' ? carrier.properties : {};
}
