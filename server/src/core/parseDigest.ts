import type { Heading, Link, List, Node, Paragraph, Root, RootContent } from 'mdast';
import { alphaxivParts, arxivIdInUrl } from './arxiv';
import { parseFrontMatter } from './frontMatter';
import { HEADER_ID, inRegion, kramdownRawRegions } from './kramdownRaw';
import { descendants, parseMarkdown, plainText } from './markdown';
import type { AlphaxivLine, Bullet, DigestModel, PaperEntry, PaperHeading, Section, TextPart } from './model';
import { DEFAULT_MAX_LENGTH } from './postLength';
import { DEFAULT_SCHEMA, type DigestSchema } from './schema';
import { span, type Span } from './span';

export { DEFAULT_MAX_LENGTH };

/** How much of an oversized post is read to find its front matter. */
const OVERSIZED_PREFIX = 16_384;

/** Reads a post into the digest model: front matter, paper entries, their sections and bullets. */
export function parseDigest(
  text: string,
  schema: DigestSchema = DEFAULT_SCHEMA,
  maxLength = DEFAULT_MAX_LENGTH,
): DigestModel {
  if (text.length > maxLength) return parseFrontMatterOnly(text, schema);
  const { root, offsetShift } = parseMarkdown(text);
  return new TreeReader(text, offsetShift, schema).read(root);
}

/**
 * Reads one paper entry from a parse of a slice of `text` that starts at `offset` with the entry's heading:
 * `nodes` are the heading and the nodes under it, `end` is where the entry ends in `text`.
 */
export function readPaperEntry(
  text: string,
  offset: number,
  schema: DigestSchema,
  nodes: RootContent[],
  end: number,
): { entry: PaperEntry; htmlTokens: TextPart[] } {
  const reader = new TreeReader(text, offset, schema);
  return { entry: reader.paper(nodes[0] as Heading, nodes.slice(1), end), htmlTokens: reader.htmlTokens(nodes) };
}

function parseFrontMatterOnly(text: string, schema: DigestSchema): DigestModel {
  const prefix = text.slice(0, OVERSIZED_PREFIX);
  const { root, offsetShift } = parseMarkdown(prefix);
  const head = new TreeReader(prefix, offsetShift, schema).read({
    ...root,
    children: root.children.filter((node) => node.type === 'yaml'),
  });
  return { ...head, text, oversized: true };
}

/** An opening front matter fence ended by CR alone, as the classic Mac OS ended lines. */
const CR_FENCE = /^---[ \t]*\r(?!\n)/;

class TreeReader {
  /** Where kramdown reads raw text, so that what looks like a heading there is none. */
  private rawRegions: Span[] | undefined;

  constructor(
    private readonly text: string,
    private readonly shift: number,
    private readonly schema: DigestSchema,
  ) {}

  private isRaw(node: Node): boolean {
    this.rawRegions ??= kramdownRawRegions(this.text);
    return this.rawRegions.length > 0 && inRegion(this.rawRegions, this.spanOf(node).start);
  }

  read(root: Root): DigestModel {
    const model: DigestModel = { text: this.text, papers: [], htmlTokens: [] };
    let children = root.children;
    if (CR_FENCE.test(this.text.slice(this.shift, this.shift + 8))) {
      model.crFrontMatter = span(this.shift, this.shift + 3);
      if (children[0]?.type === 'yaml') children = children.slice(1);
    } else if (children[0]?.type === 'yaml') {
      model.frontMatter = this.frontMatter(children[0]);
      children = children.slice(1);
    } else {
      model.unclosedFrontMatter = this.unclosedFrontMatter();
    }
    model.papers = this.papers(children);
    model.htmlTokens = this.htmlTokens([root]);
    return model;
  }

  htmlTokens(nodes: (Root | RootContent)[]): TextPart[] {
    const tokens: TextPart[] = [];
    for (const node of nodes) {
      for (const inner of descendants(node))
        if (inner.type === 'html') tokens.push({ value: inner.value, span: this.spanOf(inner) });
    }
    return tokens;
  }

  private spanOf(node: Node): Span {
    return span((node.position?.start.offset ?? 0) + this.shift, (node.position?.end.offset ?? 0) + this.shift);
  }

  private frontMatter(node: RootContent) {
    const block = this.spanOf(node);
    const firstLineEnd = this.text.indexOf('\n', block.start);
    const closingLine = this.text.lastIndexOf('\n', block.end - 1) + 1;
    const yamlStart = Math.min(firstLineEnd + 1, closingLine);
    return parseFrontMatter(this.text, block, span(yamlStart, closingLine));
  }

  private unclosedFrontMatter(): Span | undefined {
    const opening = /^---[ \t]*(\r?\n|\r|$)/.exec(this.text.slice(this.shift, this.shift + 8));
    return opening ? span(this.shift, this.shift + 3) : undefined;
  }

  private papers(nodes: RootContent[]): PaperEntry[] {
    const starts = nodes.flatMap((node, i) => (isPaperHeading(node) && !this.isRaw(node) ? [i] : []));
    return starts.map((start, k) => {
      const next = starts[k + 1];
      const endOffset = next === undefined ? this.text.length : this.spanOf(nodes[next]).start;
      return this.paper(nodes[start] as Heading, nodes.slice(start + 1, next), endOffset);
    });
  }

  paper(headingNode: Heading, body: RootContent[], end: number): PaperEntry {
    const heading = this.paperHeading(headingNode);
    const sectionStarts = body.flatMap((node, i) => (isSectionHeading(node) && !this.isRaw(node) ? [i] : []));
    const preamble = body.slice(0, sectionStarts[0] ?? body.length);
    const sections = sectionStarts.map((start, k) => {
      const next = sectionStarts[k + 1];
      const sectionEnd = next === undefined ? end : this.spanOf(body[next]).start;
      return this.section(body[start] as Heading, body.slice(start + 1, next), sectionEnd);
    });
    const last = body[body.length - 1];
    const entry: PaperEntry = {
      span: span(heading.span.start, end),
      heading,
      alphaxiv: this.alphaxiv(preamble) ?? this.alphaxiv(body),
      sections,
      contentEnd: last ? this.spanOf(last).end : heading.span.end,
    };
    if (last && this.swallowsWhatFollows(last)) entry.openAtEnd = true;
    return entry;
  }

  /** Whether text written right after the block would still be read as part of it: a fenced code or HTML block never closed. */
  private swallowsWhatFollows(node: RootContent): boolean {
    const { start, end } = this.spanOf(node);
    const source = this.text.slice(start, end);
    if (node.type === 'html')
      return HTML_BLOCK_ENDS.some(([opening, closing]) => opening.test(source) && !closing.test(source.slice(2)));
    if (node.type !== 'code') return false;
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(source)?.[1];
    const lines = source.split(/\r\n|\r|\n/);
    const closing = lines.length > 1 ? lines[lines.length - 1].trim() : '';
    return !!fence && !(closing.length >= fence.length && [...closing].every((char) => char === fence[0]));
  }

  private paperHeading(node: Heading): PaperHeading {
    const headingSpan = this.spanOf(node);
    const children = node.children;
    const heading: PaperHeading = {
      span: headingSpan,
      depth: node.depth,
      textStart: children[0]
        ? this.spanOf(children[0]).start
        : Math.min(headingSpan.start + node.depth + 1, headingSpan.end),
    };
    const first = children[0];
    const numberMatch = first?.type === 'text' ? /^(\d+)\.(?:\s|$)/.exec(first.value) : null;
    if (numberMatch) {
      const start = this.spanOf(first).start;
      heading.number = { value: Number(numberMatch[1]), span: span(start, start + numberMatch[1].length) };
    }
    const linkIndex = children.findIndex((child) => child.type === 'link');
    if (linkIndex >= 0) this.readLink(heading, children[linkIndex] as Link);
    const trailing = children.slice(linkIndex >= 0 ? linkIndex + 1 : children.length);
    if (trailing.some((child) => plainText(child).replace(HEADER_ID, '').trim())) {
      const trailingSpan = span(this.spanOf(trailing[0]).start, this.spanOf(trailing[trailing.length - 1]).end);
      heading.trailing = { value: this.text.slice(trailingSpan.start, trailingSpan.end), span: trailingSpan };
    }
    return heading;
  }

  private readLink(heading: PaperHeading, link: Link): void {
    const linkSpan = this.spanOf(link);
    const urlSpan = this.urlSpan(link, linkSpan);
    heading.link = { url: link.url, span: linkSpan, urlSpan };
    const titleSpan = link.children.length
      ? span(this.spanOf(link.children[0]).start, this.spanOf(link.children[link.children.length - 1]).end)
      : span(linkSpan.start + 1, linkSpan.start + 1);
    heading.title = { value: plainText(link), span: titleSpan };
    heading.titleSource = this.text.slice(titleSpan.start, titleSpan.end);
    const id = arxivIdInUrl(link.url);
    if (id && urlSpan)
      heading.arxivId = {
        value: id.value,
        span: span(urlSpan.start + id.offset, urlSpan.start + id.offset + id.value.length),
      };
  }

  /** Where the link's URL is written, when the source spells it as the tree reports it. */
  private urlSpan(link: Link, linkSpan: Span): Span | undefined {
    if (!link.url) return undefined;
    const at = this.text.lastIndexOf(link.url, linkSpan.end);
    return at >= linkSpan.start ? span(at, at + link.url.length) : undefined;
  }

  private alphaxiv(nodes: RootContent[]): AlphaxivLine | undefined {
    for (const node of nodes) {
      for (const link of descendants(node)) {
        if (link.type !== 'link') continue;
        const parts = alphaxivParts(link.url, this.schema.alphaxivHost);
        if (!parts) continue;
        const linkSpan = this.spanOf(link);
        const urlSpan = this.urlSpan(link, linkSpan);
        const inUrl = (part?: { value: string; offset: number }): TextPart | undefined =>
          part && urlSpan
            ? {
                value: part.value,
                span: span(urlSpan.start + part.offset, urlSpan.start + part.offset + part.value.length),
              }
            : undefined;
        return {
          span: this.spanOf(node),
          url: link.url,
          urlSpan,
          id: inUrl(parts.id),
          language: inUrl(parts.language),
        };
      }
    }
    return undefined;
  }

  private section(heading: Heading, content: RootContent[], end: number): Section {
    const headingSpan = this.spanOf(heading);
    const written = heading.children.length
      ? span(this.spanOf(heading.children[0]).start, this.spanOf(heading.children[heading.children.length - 1]).end)
      : span(headingSpan.end, headingSpan.end);
    // kramdown's ` {#id}` after the name gives the heading an id; it is no part of the name.
    const id = HEADER_ID.exec(this.text.slice(written.start, written.end));
    const nameSpan = id ? span(written.start, written.start + id.index) : written;
    const list = content.find((node): node is List => node.type === 'list');
    return {
      name: plainText(heading).replace(HEADER_ID, '').trim(),
      nameSpan,
      headingSpan,
      span: span(headingSpan.start, end),
      contentSpan: content.length
        ? span(this.spanOf(content[0]).start, this.spanOf(content[content.length - 1]).end)
        : undefined,
      contentText: content
        .map((node) => plainText(node))
        .join('\n')
        .trim(),
      bullets: list ? list.children.map((item) => this.bullet(item.children.find(isParagraph), this.spanOf(item))) : [],
      hasList: !!list,
    };
  }

  private bullet(paragraph: Paragraph | undefined, itemSpan: Span): Bullet {
    const text = paragraph ? plainText(paragraph) : '';
    const labelMatch = /^\s*([^:：\n]{1,24}?)\s*[:：]/.exec(text);
    const labelText = labelMatch?.[1];
    const paragraphStart = paragraph ? this.spanOf(paragraph).start : itemSpan.end;
    if (!paragraph || !labelText || !this.isLabel(labelText))
      return { span: itemSpan, textStart: paragraphStart, content: text.trim() };
    const at = this.text.indexOf(labelText, paragraphStart);
    const labelStart = at >= 0 && at < itemSpan.end ? at : paragraphStart;
    return {
      span: itemSpan,
      textStart: paragraphStart,
      label: { value: labelText, span: span(labelStart, labelStart + labelText.length) },
      content: text.slice(labelMatch[0].length).trim(),
    };
  }

  /** A known label or alias, or a short English word that is plainly meant as one. */
  private isLabel(candidate: string): boolean {
    const lower = candidate.toLowerCase();
    const known = this.schema.bulletLabels.some(
      (label) => label.name.toLowerCase() === lower || label.aliases.some((alias) => alias.toLowerCase() === lower),
    );
    return known || /^[A-Za-z]{3,20}$/.test(candidate);
  }
}

/** CommonMark HTML blocks that run until an end marker rather than a blank line: how each opens, and the marker that closes it. */
const HTML_BLOCK_ENDS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

function isParagraph(node: Node): node is Paragraph {
  return node.type === 'paragraph';
}

/** A level-1 heading, or a deeper one written like a paper heading (`## 3. [Title](url)`). */
export function isPaperHeading(node: Node): node is Heading {
  if (node.type !== 'heading') return false;
  const heading = node as Heading;
  if (heading.depth === 1) return true;
  const first = heading.children[0];
  return (
    first?.type === 'text' && /^\d+\.\s/.test(first.value) && heading.children.some((child) => child.type === 'link')
  );
}

function isSectionHeading(node: Node): boolean {
  return node.type === 'heading' && (node as Heading).depth === 2 && !isPaperHeading(node);
}
