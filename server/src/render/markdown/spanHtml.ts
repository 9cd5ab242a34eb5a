// Inline HTML the way kramdown reads it (kramdown/parser/kramdown/html.rb, parse_span_html): a start tag opens an
// element that runs to its end tag or, unclosed, to the end of the paragraph; unknown tags such as `<Parallel>`
// keep their spelling and hold raw text; block-level tags and stray end tags stay visible as text.
import type { PhrasingContent } from 'mdast';
import { BLOCK_ELEMENTS, hasParsedContent, isKnownElement, kramdownTagName, VOID_ELEMENTS } from './htmlNames';
import { kramdownText, type KramdownHtml } from './nodes';

const NAME = '[A-Za-z_][\\w.\\-]*(?::[A-Za-z_][\\w.\\-]*)?';
const ATTRIBUTE = `\\s+${NAME}(?:\\s*=\\s*(?:[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]+|"[^"]*"|'[^']*'))?`;
const START_TAG = new RegExp(`^<(${NAME})((?:${ATTRIBUTE})*)\\s*(/)?>$`, 'u');
const END_TAG = new RegExp(`^</(${NAME})\\s*>$`, 'u');
const ANY_TAG = new RegExp(`<!--[^]*?-->|<${NAME}(?:${ATTRIBUTE})*\\s*/?>|</${NAME}\\s*>`, 'gu');

interface StartTag {
  name: string;
  attributes: string;
  empty: boolean;
}

/** The post's source and where the container's content ends in it, for the raw content of raw elements. */
export interface SpanContext {
  source: string;
  end: number;
}

/** Rewrites the inline `html` nodes of one container into kramdown's elements. */
export function readSpanHtml(children: PhrasingContent[], context: SpanContext): PhrasingContent[] {
  return new SiblingReader(children, context, false).read(0).nodes;
}

interface Read {
  nodes: PhrasingContent[];
  next: number;
}

class SiblingReader {
  constructor(
    private readonly children: PhrasingContent[],
    private readonly context: SpanContext,
    /** Inside raw content every element is raw too, and its siblings are already raw text and tags. */
    private readonly raw: boolean,
  ) {}

  read(from: number, stopName?: string): Read {
    const nodes: PhrasingContent[] = [];
    let i = from;
    while (i < this.children.length) {
      const node = this.children[i];
      if (node.type !== 'html' || /^<!--/.test(node.value)) {
        nodes.push(node);
        i++;
        continue;
      }
      const end = END_TAG.exec(node.value);
      if (end && stopName !== undefined && closes(end[1], stopName)) return { nodes, next: i + 1 };
      const start = startTag(node.value);
      if (!start || end) {
        nodes.push(kramdownText(node.value));
        i++;
        continue;
      }
      const element = this.element(start, i);
      nodes.push(element.node);
      i = element.next;
    }
    return { nodes, next: i };
  }

  private element(start: StartTag, at: number): { node: PhrasingContent; next: number } {
    const parsed = !this.raw && hasParsedContent(start.name);
    if (start.empty) return { node: htmlElement(start, parsed, []), next: at + 1 };
    if (!parsed && !this.raw) return this.rawElement(start, at);
    const content = this.read(at + 1, start.name);
    return { node: htmlElement(start, parsed, content.nodes), next: content.next };
  }

  /** Raw content is the source up to the end tag, read again for nested tags only. */
  private rawElement(start: StartTag, at: number): { node: PhrasingContent; next: number } {
    const { source, end } = this.context;
    const from = this.children[at].position?.end.offset ?? end;
    const rest = source.slice(from, end);
    const close = endTagPattern(start.name).exec(rest);
    const content = rawContent(close ? rest.slice(0, close.index) : rest);
    const after = close ? from + close.index + close[0].length : end;
    let next = at + 1;
    while (next < this.children.length && (this.children[next].position?.start.offset ?? after) < after) next++;
    return { node: htmlElement(start, false, content), next };
  }
}

/** Nested tags inside raw content: elements again, everything else raw text. */
function rawContent(text: string): PhrasingContent[] {
  const pieces: string[] = [];
  let last = 0;
  for (const match of text.matchAll(ANY_TAG)) {
    if (match.index > last) pieces.push(text.slice(last, match.index));
    pieces.push(match[0]);
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  const asNodes: PhrasingContent[] = pieces.map((piece) =>
    ANY_TAG_ONLY.test(piece) ? { type: 'html', value: piece } : kramdownText(piece),
  );
  return new SiblingReader(asNodes, { source: text, end: text.length }, true).read(0).nodes;
}

const ANY_TAG_ONLY = new RegExp(`^(?:${ANY_TAG.source})$`, 'u');

function startTag(value: string): StartTag | undefined {
  const match = START_TAG.exec(value);
  if (!match) return undefined;
  const name = kramdownTagName(match[1]);
  if (BLOCK_ELEMENTS.has(name)) return undefined;
  return { name, attributes: match[2], empty: match[3] !== undefined || VOID_ELEMENTS.has(name) };
}

function closes(endName: string, openName: string): boolean {
  return isKnownElement(openName) ? endName.toLowerCase() === openName : endName === openName;
}

function endTagPattern(name: string): RegExp {
  return new RegExp(`</${name.replace(/[.\\-]/g, '\\$&')}\\s*>`, isKnownElement(name) ? 'i' : '');
}

function htmlElement(start: StartTag, parsedContent: boolean, children: PhrasingContent[]): KramdownHtml {
  return { type: 'kramdownHtml', tagName: start.name, attributes: start.attributes, parsedContent, children };
}
