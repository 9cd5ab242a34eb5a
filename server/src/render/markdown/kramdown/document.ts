// A post's body parsed the way Jekyll's kramdown does it: the blocks, then the spans of every block's text with the
// IALs applied, abbreviations marked, and the GFM parser's last pass (hard line breaks, header ids).
import type { HeadingIds } from '../headingIds';
import { markAbbreviations, type Abbreviation } from './abbreviations';
import { element, isBlock, TYPOGRAPHIC_CHARACTERS, type Element } from './elements';
import { namedEntity } from './entities';
import type { KramdownOptions } from './options';
import { Parser } from './parser';

export interface KramdownDocument {
  root: Element;
  /** The options as the post left them (`{::options}` included). */
  options: KramdownOptions;
  abbreviations: Map<string, Abbreviation>;
  /** An HTML element's end tag is missing. */
  unclosedHtml: boolean;
}

export function parseKramdown(source: string, settings: KramdownOptions, ids: HeadingIds): KramdownDocument {
  const options = { ...settings };
  const p = new Parser(adaptSource(source), options);
  p.parseBlocks(p.root);
  updateTree(p, p.root);
  const abbreviations = new Map(
    [...p.abbreviations].map(([name, { title, eob }]): [string, Abbreviation] => [name, { title, attr: eob.attr }]),
  );
  markAbbreviations(p.root, abbreviations);
  for (const { content } of p.footnotes.values()) {
    updateTree(p, content);
    markAbbreviations(content, abbreviations);
  }
  new GfmPass(options, ids).update(p.root);
  return { root: p.root, options, abbreviations, unclosedHtml: p.unclosedHtml };
}

/** Line ends as `\n`, and one at the end. */
function adaptSource(source: string): string {
  return `${source.replace(/\r\n?/g, '\n').replace(/\n$/, '')}\n`;
}

/** kramdown's update_tree: parses the spans of text, applies IALs, drops end-of-block markers and merges blank lines. */
function updateTree(p: Parser, el: Element): void {
  const children: Element[] = [];
  let lastBlank: Element | undefined;
  for (const child of el.children) {
    if (child.type === 'raw_text') {
      lastBlank = undefined;
      p.parseTextInlines(child, child.value ?? '', el.line);
      children.push(...child.children);
    } else if (child.type === 'eob') {
      if (child.ial) p.applyIal(child.attr, child.ial);
    } else if (child.type === 'blank') {
      if (lastBlank) lastBlank.value += child.value ?? '';
      else children.push((lastBlank = child));
    } else {
      lastBlank = undefined;
      updateTree(p, child);
      if (child.ial) p.applyIal(child.attr, child.ial);
      if (child.type === 'dt' || (child.type === 'header' && p.options.autoIdStripping)) child.rawText = rawText(child);
      children.push(child);
    }
  }
  el.children = children;
}

/** The text an id is made from: the element's text, code and math, with entities and symbols as characters. */
function rawText(el: Element): string {
  let text = '';
  const append = (child: Element) => {
    if (child.type === 'text' || child.type === 'codespan' || child.type === 'math') text += child.value ?? '';
    else if (child.type === 'entity') text += child.value ?? '';
    else if (child.type === 'smart_quote') text += namedEntity(child.quote!)!;
    else if (child.type === 'typographic_sym') text += TYPOGRAPHIC_CHARACTERS[child.symbol!].replace('\u00a0', ' ');
    else child.children.forEach(append);
  };
  append(el);
  return text;
}

/** The GFM parser's update_elements: `<br />` at hard line breaks, and ids on headers. HTML elements are left alone. */
class GfmPass {
  private readonly lineBreak: string;

  constructor(
    private readonly options: KramdownOptions,
    private readonly ids: HeadingIds,
  ) {
    this.lineBreak = options.hardWrap ? '\n' : '\\\n';
  }

  update(el: Element): void {
    el.children = el.children.flatMap((child) => {
      if (child.type === 'text' && child.value!.includes(this.lineBreak)) return this.breakLines(el, child);
      if (child.type === 'html_element') return [child];
      if (child.type === 'header' && this.options.autoIds && child.attr.id === undefined)
        child.attr.id = this.ids.gfm(child.rawText ?? '', this.options.autoIdPrefix);
      else this.update(child);
      return [child];
    });
  }

  private breakLines(parent: Element, text: Element): Element[] {
    const lines = text.value!.split(this.lineBreak);
    const omitLast = lines.at(-1) === '' && isBlock(parent) && parent.children.at(-1) === text;
    return lines.flatMap((line, index) => {
      const piece = element('text', index > 0 ? `\n${line}` : line, (text.line ?? 0) + index);
      const breakAfter = index < lines.length - 2 || (index === lines.length - 2 && !omitLast);
      return breakAfter ? [piece, element('br', undefined, piece.line)] : [piece];
    });
  }
}
