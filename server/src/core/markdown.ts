import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// Pure: a bundle that never parses (the CLI's main thread: its workers parse) leaves the parser out.
const processor = /* @__PURE__ */ unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export interface ParsedMarkdown {
  root: Root;
  /** 1 when the text starts with a byte order mark, which the parser skips without counting it: add it to every node offset. */
  offsetShift: number;
}

/** The mdast tree of a post (CommonMark + YAML front matter), the one structure every feature reads. */
export function parseMarkdown(text: string): ParsedMarkdown {
  return { root: processor.parse(text), offsetShift: text.charCodeAt(0) === 0xfeff ? 1 : 0 };
}

type MdastNode = Root | Nodes;

/** Every node under `node`, itself included, in document order; iterative, so absurdly deep trees cannot overflow the stack. */
export function* descendants(node: MdastNode): Generator<MdastNode> {
  const stack: MdastNode[] = [node];
  while (stack.length) {
    const next = stack.pop()!;
    yield next;
    if ('children' in next) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
}

/** The text content of a node, the way mdast-util-to-string reads it (image alt included), without recursion. */
export function plainText(node: MdastNode): string {
  let text = '';
  const stack: MdastNode[] = [node];
  while (stack.length) {
    const next = stack.pop()!;
    if ('value' in next) text += next.value;
    else if ('alt' in next && next.alt) text += next.alt;
    else if ('children' in next) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
  return text;
}
