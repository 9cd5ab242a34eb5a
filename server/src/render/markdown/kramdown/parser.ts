// kramdown's parser with its GFM input (kramdown/parser/kramdown.rb, kramdown-parser-gfm): block parsers tried in
// order at each line, then span parsers over the text of every block. The parsers themselves are in the modules
// beside this one; this holds their shared state and the loops that run them.
import { applyIal, parseAttributeList } from './attributes';
import {
  blockParsers,
  SPAN_PARSERS,
  inlineParsers,
  type BlockParser,
  type InlineParser,
  type InlineParserName,
} from './dispatch';
import { element, type Element, type Ial } from './elements';
import type { KramdownOptions } from './options';
import { Scanner } from './scanner';
import { BLOCK_BOUNDARY, PARAGRAPH_END, PARAGRAPH_END_GFM } from './syntax';

export interface FootnoteDefinition {
  content: Element;
  /** The `eob` the definition left in the tree, which an IAL after the definition goes to. */
  eob: Element;
}

export interface LinkDefinition {
  url: string;
  title: string | undefined;
  /** The `eob` the definition left in the tree, holding an IAL written after it. */
  eob: Element;
}

export type TextType = 'raw_text' | 'text';

/** Nesting of blocks (and raw HTML elements) beyond which a post is not rendered: the stack would not hold it. */
const MAX_NESTING = 400;
/**
 * Span-parser steps allowed per character of the post. Emphasis and links that do not close are parsed to the end of
 * the paragraph and then again as text, which costs kramdown quadratic time on runs of them; past the budget they are
 * taken as text at once.
 */
const SPAN_STEPS_PER_CHARACTER = 24;

export class Parser {
  readonly root = element('root', undefined, 1);
  tree: Element = this.root;
  src: Scanner;
  blockIal: Ial | undefined;
  textType: TextType = 'raw_text';
  /** The elements whose spans are being parsed, outermost first (kramdown's `@stack` while parsing spans). */
  inlineStack: Element[] = [];
  readonly alds = new Map<string, Ial>();
  /** In the order they were first defined; a later definition of a name replaces the content. */
  readonly footnotes = new Map<string, FootnoteDefinition>();
  readonly linkDefs = new Map<string, LinkDefinition>();
  readonly abbreviations = new Map<string, { title: string; eob: Element }>();
  readonly blockParsers: BlockParser[];
  readonly inlineParsers: InlineParser[];
  /** Where a paragraph ends (fixed when the parser is set up, as in kramdown's GFM parser). */
  readonly paragraphEnd: RegExp;
  /** An HTML element's end tag is missing: it ran on to the end of the text. */
  unclosedHtml = false;
  private nesting = 0;
  private inlineSteps = 0;
  readonly inlineBudget: number;

  constructor(
    readonly source: string,
    readonly options: KramdownOptions,
  ) {
    this.src = new Scanner(source);
    this.blockParsers = blockParsers(options);
    this.inlineParsers = inlineParsers(options);
    this.paragraphEnd = options.gfmQuirks.includes('paragraph_end') ? PARAGRAPH_END_GFM : PARAGRAPH_END;
    this.inlineBudget = source.length * SPAN_STEPS_PER_CHARACTER + 10_000;
  }

  /** Parses the blocks of `text` (or of the current source from its position) into `el`; true when an end tag stopped it. */
  parseBlocks(el: Element, text?: string, line?: number): boolean {
    const saved = { tree: this.tree, src: this.src, blockIal: this.blockIal };
    this.tree = el;
    this.blockIal = undefined;
    if (text !== undefined) this.src = new Scanner(text, line ?? el.line ?? 1);
    let stopped = false;
    try {
      this.nested(() => (stopped = this.runBlockParsers()));
    } finally {
      ({ tree: this.tree, src: this.src, blockIal: this.blockIal } = saved);
    }
    return stopped;
  }

  private runBlockParsers(): boolean {
    const src = this.src;
    while (!src.eos) {
      let handled = false;
      for (const parser of this.blockParsers) {
        if (!src.check(parser.start)) continue;
        const result = parser.parse(this);
        if (result === 'stop') return true;
        if (result) {
          handled = true;
          break;
        }
      }
      if (!handled) {
        const end = src.string.indexOf('\n', src.pos);
        this.addText(src.string.slice(src.pos, end === -1 ? undefined : end + 1));
        src.pos = end === -1 ? src.string.length : end + 1;
      }
    }
    return false;
  }

  /**
   * Parses spans from the current source into `el` until `stop` matches where `accept` (if given) agrees; true when it
   * did. `parsers` limits the span parsers tried.
   */
  parseInlines(
    el: Element,
    stop?: RegExp,
    parsers: InlineParser[] = this.inlineParsers,
    accept?: () => boolean,
    textType: TextType = this.textType,
  ): boolean {
    const saved = { tree: this.tree, textType: this.textType };
    if (this.tree !== el) this.inlineStack.push(this.tree);
    this.tree = el;
    this.textType = textType;
    const src = this.src;
    const next = nextInlinePattern(parsers, stop);
    let stopFound = false;
    try {
      while (!src.eos && !stopFound) {
        this.inlineSteps++;
        next.lastIndex = src.pos;
        const found = next.exec(src.string);
        if (!found) {
          if (!stop) {
            this.addText(src.rest);
            src.terminate();
          }
          break;
        }
        if (found.index > src.pos) this.addText(src.string.slice(src.pos, found.index));
        src.pos = found.index;
        if (stop && src.check(stop)) stopFound = accept ? accept() : true;
        if (stopFound) break;
        if (!this.runInlineParser(parsers)) this.addText(src.getch());
      }
    } finally {
      if (saved.tree !== el) this.inlineStack.pop();
      this.tree = saved.tree;
      this.textType = saved.textType;
    }
    return stopFound;
  }

  private runInlineParser(parsers: InlineParser[]): boolean {
    for (const parser of parsers) {
      if (this.src.check(parser.start)) {
        parser.parse(this);
        return true;
      }
    }
    return false;
  }

  /**
   * kramdown's `reset_env` and `parse_spans`: parses `text` on its own into `el`, with the parser's state put aside
   * and restored after.
   */
  parseTextInlines(
    el: Element,
    text: string,
    line?: number,
    parsers?: InlineParser[],
    textType: TextType = 'text',
  ): void {
    const saved = { src: this.src, tree: this.tree, inlineStack: this.inlineStack, textType: this.textType };
    this.src = new Scanner(text, line);
    this.inlineStack = [];
    this.tree = el;
    try {
      this.parseInlines(el, undefined, parsers, undefined, textType);
    } finally {
      ({ src: this.src, tree: this.tree, inlineStack: this.inlineStack, textType: this.textType } = saved);
    }
  }

  inlineParser(name: InlineParserName): InlineParser {
    return SPAN_PARSERS[name];
  }

  /** Whether an element may open here: within the span steps the post may use, and not nested too deep. */
  mayNestInline(): boolean {
    return this.inlineSteps <= this.inlineBudget && this.inlineStack.length < MAX_NESTING;
  }

  /** Runs `read` one level deeper; past the deepest nesting allowed the post is not rendered (kramdown's stack would not hold it either). */
  nested(read: () => void): void {
    if (this.nesting >= MAX_NESTING) throw new RangeError(`blocks nested more than ${MAX_NESTING} deep`);
    this.nesting++;
    try {
      read();
    } finally {
      this.nesting--;
    }
  }

  /** Appends text to the last child when it is text of the same type, or as a new text element. */
  addText(text: string, tree: Element = this.tree, type: TextType | 'raw' = this.textType): void {
    const last = tree.children.at(-1);
    if (last && last.type === type) last.value += text;
    else if (text !== '') tree.children.push(element(type, text, last?.line ?? tree.line));
  }

  /** A new block-level element, taking the block IAL written before it. */
  newBlock(type: Element['type'], value?: string, line?: number): Element {
    const el = element(type, value, line);
    if (this.blockIal) {
      el.ial = this.blockIal;
      this.blockIal = undefined;
    }
    return el;
  }

  /** Whether a block may start here: first in its container, or after a blank line, an `^` or an IAL. */
  afterBlockBoundary(): boolean {
    const last = this.tree.children.at(-1);
    return (
      !last || last.type === 'blank' || (last.type === 'eob' && last.value === undefined) || this.blockIal !== undefined
    );
  }

  beforeBlockBoundary(): boolean {
    return this.src.check(BLOCK_BOUNDARY) !== null;
  }

  parseAttributes(text: string, ial: Ial): void {
    parseAttributeList(text, ial);
  }

  applyIal(attr: Record<string, string>, ial: Ial): void {
    applyIal(attr, ial, this.alds);
  }

  get line(): number {
    return this.src.lineNumber();
  }
}

const nextInlinePatterns = new Map<string, RegExp>();

/** Where the next span may start (or `stop` matches), searched for from the scanner's position. */
function nextInlinePattern(parsers: InlineParser[], stop: RegExp | undefined): RegExp {
  const starts = parsers.map((parser) => parser.inlineStart).join('|');
  const source = stop ? `(?=${stop.source}|${starts})` : `(?=${starts})`;
  let pattern = nextInlinePatterns.get(source);
  if (!pattern) nextInlinePatterns.set(source, (pattern = new RegExp(source, 'mug')));
  return pattern;
}
