// kramdown's HTML converter (kramdown/converter/html.rb), writing a hast tree: each element as kramdown writes it,
// footnotes numbered in the order they are written and listed at the end, the table of contents from the headers.
// Code (codeElements.ts) and math (math.ts) are written by the modules beside it.
import type { Comment, ElementContent, Element as HastElement, Properties, Root, Text } from 'hast';
import { h } from 'hastscript';
import { codeBlockElement, codeSpanElement } from '../codeElements';
import { rawHtml } from '../hastSteps';
import { basicId, type HeadingIds } from '../headingIds';
import { mathElement } from '../math';
import type { KramdownDocument } from './document';
import { isBlock, TYPOGRAPHIC_CHARACTERS, type Element } from './elements';
import { decodeReferences } from './entities';
import { footnoteContent, footnoteMarker, type Footnotes } from './footnotes';
import { tocTree, type TocEntry } from './toc';

const QUOTE_INDEX = { lsquo: 0, rsquo: 1, ldquo: 2, rdquo: 3 } as const;
const CJK_LINE_BREAK = /([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+)\n([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+)/gu;

export function convertDocument(doc: KramdownDocument, ids: HeadingIds): Root {
  return { type: 'root', children: new Converter(doc, ids).root() };
}

/** A stand-in kramdown writes where the table of contents or the footnotes go, replaced once they are known. */
interface Placeholder {
  node: HastElement;
}

export class Converter {
  readonly footnotes: Footnotes;
  private readonly toc: TocEntry[] = [];
  private tocList: { type: 'ul' | 'ol'; attr: Record<string, string>; placeholder: Placeholder } | undefined;
  private footnotesPlaceholder: Placeholder | undefined;
  private readonly stack: Element[] = [];

  constructor(
    readonly doc: KramdownDocument,
    private readonly ids: HeadingIds,
  ) {
    this.footnotes = { list: [], byName: new Map(), next: doc.options.footnoteNr };
  }

  /** The root's blocks, a line break between each two (blank lines themselves leave no trace). */
  root(): ElementContent[] {
    const children: ElementContent[] = [];
    let previous: Element | undefined;
    for (const child of this.doc.root.children) {
      if (child.type === 'blank') continue;
      if (previous && (isBlock(previous) || isBlock(child))) children.push(text('\n'));
      children.push(...this.convert(child));
      previous = child;
    }
    const footnotes = footnoteContent(this);
    if (this.footnotesPlaceholder) replace(children, this.footnotesPlaceholder, footnotes);
    else if (footnotes.length) children.push(...(children.length ? [text('\n')] : []), ...footnotes);
    if (this.tocList) {
      const tree = tocTree(this.toc, this.tocList.type, this.tocList.attr);
      replace(children, this.tocList.placeholder, tree.children.length ? this.convert(tree) : []);
    }
    return children;
  }

  inner(el: Element): ElementContent[] {
    this.stack.push(el);
    const result: ElementContent[] = [];
    for (const child of el.children) result.push(...this.convert(child));
    this.stack.pop();
    return result;
  }

  convert(el: Element): ElementContent[] {
    const options = this.doc.options;
    switch (el.type) {
      case 'blank':
        return [];
      case 'text':
        return [text(decodeReferences(options.removeLineBreaksForCjk ? fixCjk(el.value!) : el.value!))];
      case 'p':
        return this.paragraph(el);
      case 'codeblock':
        return [atLine(codeBlockElement(el.value!, el.attr), el.line)];
      case 'header':
        return [this.header(el)];
      case 'ul':
      case 'ol':
        return this.list(el);
      case 'dt':
        return [this.term(el)];
      case 'td':
        return [this.cell(el)];
      case 'hr':
      case 'br':
      case 'img':
        return [this.element(el.type, el.attr, [], el.line)];
      case 'blockquote':
      case 'li':
      case 'dd':
      case 'dl':
      case 'table':
      case 'thead':
      case 'tbody':
      case 'tfoot':
      case 'tr':
      case 'a':
      case 'em':
      case 'strong':
        return [this.element(el.type, el.attr, this.inner(el), isBlockLine(el))];
      case 'html_element':
        return [this.element(el.value!, el.attr, this.inner(el), el.category === 'block' ? el.line : undefined)];
      case 'xml_comment':
        return [comment(el.value!.replace(/^<!--/, '').replace(/-->$/, ''))];
      case 'comment':
        // Written as it is: a `-->` in it ends the comment in the page, as it does in kramdown's.
        return [rawHtml(`<!-- ${el.value} -->`)];
      case 'xml_pi':
        return [rawHtml(el.value!)];
      case 'raw':
        return this.raw(el);
      case 'codespan':
        return [codeSpanElement(el.value!, el.attr)];
      case 'math':
        return [this.math(el)];
      case 'footnote':
        return [footnoteMarker(this, el)];
      case 'entity':
        return [text(el.value!)];
      case 'typographic_sym': {
        const own = options.typographicSymbols[el.symbol!];
        return [text(own === undefined ? TYPOGRAPHIC_CHARACTERS[el.symbol!] : decodeReferences(own))];
      }
      case 'smart_quote':
        return [text(options.smartQuotes[QUOTE_INDEX[el.quote!]])];
      case 'abbreviation':
        return [this.abbreviation(el)];
      default:
        return this.inner(el);
    }
  }

  /** An HTML element with kramdown's attributes, on `line` of the post when it is a block. */
  element(tagName: string, attr: Record<string, string>, children: ElementContent[], line?: number): HastElement {
    return atLine({ type: 'element', tagName, properties: this.properties(attr), children }, line);
  }

  /** Attribute values as a browser reads them from kramdown's output; an empty `id` is left out, as kramdown does. */
  properties(attr: Record<string, string>): Properties {
    const names = Object.keys(attr);
    if (!names.length) return {};
    const decoded: Record<string, string> = {};
    for (const name of names) {
      if (name === 'id' && attr.id.trim() === '') continue;
      decoded[name] = decodeReferences(attr[name], true);
    }
    return h('span', decoded).properties;
  }

  private paragraph(el: Element): ElementContent[] {
    if (el.transparent) return this.inner(el);
    const [image] = el.children;
    if (el.children.length === 1 && image.type === 'img' && image.ial?.refs.includes('standalone'))
      return [this.standaloneImage(el, image)];
    return [this.element('p', el.attr, this.inner(el), el.line)];
  }

  private standaloneImage(paragraph: Element, image: Element): HastElement {
    const figure = { ...paragraph.attr };
    const attr = { ...image.attr };
    for (const name of ['class', 'id'])
      if (name in attr && !(name in figure)) {
        figure[name] = attr[name];
        delete attr[name];
      }
    const caption = this.element('figcaption', {}, [text(decodeReferences(attr.alt ?? ''))]);
    return this.element('figure', figure, [this.element('img', attr, []), caption], paragraph.line);
  }

  private math(el: Element): ElementContent {
    const display = el.category === 'block';
    const options = {
      display,
      properties: this.properties(el.attr),
      noEngine: this.doc.options.mathEngine === undefined,
    };
    const math = mathElement(el.value!, options);
    return display && math.type === 'element' ? atLine(math, el.line) : math;
  }

  private header(el: Element): HastElement {
    const options = this.doc.options;
    const attr = { ...el.attr };
    if (options.autoIds && attr.id === undefined) attr.id = this.ids.converter(el.rawText ?? '', options.autoIdPrefix);
    if (attr.id !== undefined && this.inToc(el, attr))
      this.toc.push({ level: el.level!, id: attr.id, children: el.children });
    const level = Math.min(Math.max(el.level! + options.headerOffset, 1), 6);
    return this.element(`h${level}`, attr, this.inner(el), el.line);
  }

  private inToc(el: Element, attr: Record<string, string>): boolean {
    return this.doc.options.tocLevels.includes(el.level!) && !/\bno_toc\b/.test(attr.class ?? '');
  }

  private list(el: Element): ElementContent[] {
    const refs = el.ial?.refs ?? [];
    if (!this.tocList && refs.includes('toc')) {
      this.tocList = { type: el.type as 'ul' | 'ol', attr: el.attr, placeholder: placeholder() };
      return [this.tocList.placeholder.node];
    }
    if (!this.footnotesPlaceholder && refs.includes('footnotes')) {
      this.footnotesPlaceholder = placeholder();
      return [this.footnotesPlaceholder.node];
    }
    return [this.element(el.type, el.attr, this.inner(el), el.line)];
  }

  private term(el: Element): HastElement {
    const attr = { ...el.attr };
    const refs = this.stack.at(-1)?.ial?.refs ?? [];
    if (attr.id === undefined) {
      for (const ref of refs) {
        const autoIds = /^auto_ids(?:-([\w-]+))?/.exec(ref);
        if (autoIds) {
          attr.id = `${autoIds[1] ?? ''}${basicId(el.rawText ?? '')}`.trimStart();
          break;
        }
      }
    }
    return this.element('dt', attr, this.inner(el), el.line);
  }

  private cell(el: Element): HastElement {
    const [row, section, table] = [this.stack.at(-1), this.stack.at(-2), this.stack.at(-3)];
    const alignment = table?.alignment?.[row?.children.indexOf(el) ?? -1] ?? 'default';
    const attr = alignment === 'default' ? el.attr : { ...el.attr, style: styleWith(el.attr.style, alignment) };
    const content = this.inner(el);
    const empty = content.every((node) => node.type === 'text' && node.value === '');
    return this.element(section?.type === 'thead' ? 'th' : 'td', attr, empty ? [text('\u00a0')] : content);
  }

  private raw(el: Element): ElementContent[] {
    const types = el.rawTypes ?? [];
    if (types.length && !types.includes('html')) return [];
    const value = el.value! + (el.category === 'block' ? '\n' : '');
    return [rawHtml(value)];
  }

  private abbreviation(el: Element): HastElement {
    const { title, attr } = this.doc.abbreviations.get(el.value!)!;
    return this.element('abbr', title === '' ? attr : { ...attr, title }, [text(el.value!)]);
  }
}

function styleWith(style: string | undefined, alignment: string): string {
  return `${style === undefined ? '' : `${style}; `}text-align: ${alignment}`;
}

function isBlockLine(el: Element): number | undefined {
  return el.type === 'a' || el.type === 'em' || el.type === 'strong' ? undefined : el.line;
}

function fixCjk(value: string): string {
  let fixed = value;
  for (let previous = ''; previous !== fixed;) {
    previous = fixed;
    fixed = fixed.replace(CJK_LINE_BREAK, '$1$2');
  }
  return fixed;
}

/** Marks an element as written from `line` of the post, for the preview's `data-line`. */
function atLine(node: HastElement, line: number | undefined): HastElement {
  if (line !== undefined) node.position = { start: { line, column: 1 }, end: { line, column: 1 } };
  return node;
}

function text(value: string): Text {
  return { type: 'text', value };
}

function comment(value: string): Comment {
  return { type: 'comment', value };
}

function placeholder(): Placeholder {
  return { node: { type: 'element', tagName: 'template', properties: {}, children: [] } };
}

/** Puts `nodes` where the placeholder is in the tree. */
function replace(children: ElementContent[], { node }: Placeholder, nodes: ElementContent[]): boolean {
  const index = children.indexOf(node);
  if (index !== -1) {
    children.splice(index, 1, ...nodes);
    return true;
  }
  return children.some((child) => child.type === 'element' && replace(child.children, { node }, nodes));
}
