// kramdown's inline attribute lists (IALs) on code: `{: .language-json}` on the line right after a code block, and
// `{:.language-python}` right after a code span, give the code its language (and any other attributes).
import type { Code, InlineCode, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { visit } from './visit';

declare module 'mdast' {
  interface CodeData {
    kramdownAttributes?: Record<string, string>;
  }
  interface InlineCodeData {
    kramdownAttributes?: Record<string, string>;
  }
}

/** kramdown's IAL_BLOCK, alone on its line. */
const BLOCK_IAL = /^\{:(?![:/])((?:\\\}|[^}])+)\}[ \t]*$/;
/** kramdown's IAL_SPAN, right after the code span. */
const SPAN_IAL = /^\{:(?![:/])((?:\\\}|[^}])+)\}/;
/** kramdown's ALD_TYPE_ANY: `key="value"`, `key='value'`, a reference, or `#id` and `.class` run together. */
const ATTRIBUTE =
  /(?:^|\s)(?:(\w[\w-]*)=("|')((?:\\\}|\\\2|[^}])*?)\2|(\w[\w-]*)|((?:#[A-Za-z][\w:-]*|\.-?[_a-zA-Z][\w-]*)+))(?=\s|$)/g;
const ID_OR_CLASS = /#([A-Za-z][\w:-]*)|\.(-?[_a-zA-Z][\w-]*)/g;

/** kramdown's `parse_attribute_list`: references to attribute list definitions are left out. */
export function parseAttributeList(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, key, quote, value, , idAndClass] of text.matchAll(ATTRIBUTE)) {
    if (idAndClass) {
      for (const [, id, name] of idAndClass.matchAll(ID_OR_CLASS)) {
        if (name) attributes.class = `${attributes.class ?? ''} ${name}`.trimStart();
        else attributes.id = id;
      }
    } else if (key) attributes[key] = value.replace(new RegExp(`\\\\(\\}|${quote})`, 'g'), '$1');
  }
  return attributes;
}

/** Takes a paragraph that is only an IAL, right below a code block, as that block's attributes. */
export function readCodeBlockAttributes(parent: Parent, source: string): void {
  const children = parent.children as RootContent[];
  for (let index = children.length - 2; index >= 0; index--) {
    const code = children[index];
    const next = children[index + 1];
    if (code.type !== 'code' || next.type !== 'paragraph' || !directlyBelow(code, next)) continue;
    const ial = BLOCK_IAL.exec(source.slice(next.position!.start.offset, next.position!.end.offset));
    if (!ial) continue;
    addAttributes(code, ial[1]);
    children.splice(index + 1, 1);
  }
}

/** Takes an IAL right after a code span as its attributes. */
export function readCodeSpanAttributes(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const children = node.children as PhrasingContent[];
    children.forEach((code, index) => {
      const next = children[index + 1];
      if (code.type !== 'inlineCode' || next?.type !== 'text') return;
      const ial = SPAN_IAL.exec(next.value);
      if (!ial) return;
      addAttributes(code, ial[1]);
      next.value = next.value.slice(ial[0].length);
    });
  });
}

function addAttributes(code: Code | InlineCode, list: string): void {
  const attributes = { ...code.data?.kramdownAttributes };
  for (const [key, value] of Object.entries(parseAttributeList(list)))
    attributes[key] = key === 'class' ? `${attributes.class ?? ''} ${value}`.trimStart() : value;
  code.data = { ...code.data, kramdownAttributes: attributes };
}

function directlyBelow(code: Code, next: RootContent): boolean {
  const end = code.position?.end.line;
  return end !== undefined && next.position?.start.line === end + 1;
}
