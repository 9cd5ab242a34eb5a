// Reads every paragraph, heading and table cell the way kramdown's span parser would, on top of remark's inline
// parse: inline HTML first, then emphasis, smart quotes and typographic symbols, then the links inside.
import type { Parent, PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from './visit';
import type { VFile } from 'vfile';
import type { QuoteChars } from './smartQuotes';
import { readSpanHtml } from './spanHtml';
import {
  ATOM,
  LITERAL,
  PLAIN,
  ScanBudgetExceeded,
  SpanScanner,
  type EmphasisKind,
  type ScanInput,
} from './spanScanner';
import { textPieces } from './textPieces';

export interface InlineOptions {
  quotes: QuoteChars;
  /** kramdown's `hard_wrap`: every line break inside a paragraph becomes `<br />`. */
  hardWrap: boolean;
}

const ATOM_CHARACTER = '\ufffc';
const INLINE_PARENTS = new Set(['link', 'linkReference', 'delete']);

export function kramdownInline(options: InlineOptions) {
  return (tree: Root, file: VFile): void => {
    const reader = new InlineReader(String(file), options);
    visit(tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
      reader.container(node, [], true);
      return SKIP;
    });
  };
}

class InlineReader {
  constructor(
    private readonly source: string,
    private readonly options: InlineOptions,
  ) {}

  container(node: Parent, stack: EmphasisKind[], withHtml: boolean): void {
    let children = node.children as PhrasingContent[];
    if (withHtml)
      children = readSpanHtml(children, { source: this.source, end: children.at(-1)?.position?.end.offset ?? 0 });
    const scanner = new SpanScanner(this.scanInput(children), this.options.quotes);
    try {
      children = scanner.scan(stack);
    } catch (error) {
      if (!(error instanceof ScanBudgetExceeded)) throw error;
      scanner.atoms.length = 0;
    }
    node.children = this.options.hardWrap ? hardWrap(children) : children;
    for (const { node: atom, stack: atomStack } of scanner.atoms) {
      if (INLINE_PARENTS.has(atom.type)) this.container(atom as Parent, atomStack, true);
      else if (atom.type === 'kramdownHtml' && atom.parsedContent) this.container(atom, atomStack, false);
    }
  }

  private scanInput(children: PhrasingContent[]): ScanInput {
    let text = '';
    const flags: number[] = [];
    const atoms = new Map<number, PhrasingContent>();
    const append = (value: string, flag: number) => {
      text += value;
      for (let k = 0; k < value.length; k++) flags.push(flag);
    };
    for (const child of children) {
      if (child.type === 'text') {
        for (const piece of textPieces(child.value, this.sourceOf(child)))
          append(piece.value, piece.literal ? LITERAL : PLAIN);
      } else if (child.type === 'kramdownText') {
        append(child.value, LITERAL);
      } else {
        if (child.type === 'break') append(this.spacesKeptBeforeBreak(child), PLAIN);
        atoms.set(text.length, child);
        append(ATOM_CHARACTER, ATOM);
      }
    }
    return { text, flags: Uint8Array.from(flags), atoms };
  }

  /** kramdown's line break takes the last two of the trailing spaces; the others stay in the text. */
  private spacesKeptBeforeBreak(node: PhrasingContent): string {
    const spaces = /^ */.exec(this.sourceOf(node))![0];
    return spaces.slice(2);
  }

  private sourceOf(node: PhrasingContent): string {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === undefined || end === undefined
      ? 'value' in node
        ? node.value
        : ''
      : this.source.slice(start, end);
  }
}

/** Splits text at line ends with `<br />`, as kramdown's GFM parser does under `hard_wrap: true`. */
function hardWrap(children: PhrasingContent[]): PhrasingContent[] {
  return children.flatMap((child, index): PhrasingContent[] => {
    if (child.type !== 'kramdownText' || !child.value.includes('\n')) return [child];
    const lines = child.value.split('\n');
    const isLast = index === children.length - 1;
    return lines.flatMap((line, k): PhrasingContent[] => {
      const text: PhrasingContent = { type: 'kramdownText', value: k > 0 ? `\n${line}` : line };
      const breakAfter = k < lines.length - 2 || (k === lines.length - 2 && !(isLast && lines[k + 1] === ''));
      return breakAfter ? [text, { type: 'break' }] : [text];
    });
  });
}
