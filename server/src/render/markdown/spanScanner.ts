// kramdown's span parser for what remark leaves to us: emphasis (kramdown/parser/kramdown/emphasis.rb), smart quotes
// and typographic symbols. It scans one container's text, in which every other inline node is a single atom.
import type { PhrasingContent } from 'mdast';
import { inlineMath } from './math';
import { matchSmartQuote, type QuoteChars } from './smartQuotes';

export const PLAIN = 0;
export const LITERAL = 1;
export const ATOM = 2;

export interface ScanInput {
  text: string;
  /** PLAIN, LITERAL or ATOM for each UTF-16 unit of `text`. */
  flags: Uint8Array;
  /** The node behind each ATOM position. */
  atoms: Map<number, PhrasingContent>;
}

export type EmphasisKind = 'emphasis' | 'strong';

export interface ScannedAtom {
  node: PhrasingContent;
  /** The emphasis elements the atom sits in: kramdown opens no second one of a kind inside them. */
  stack: EmphasisKind[];
}

const TYPOGRAPHIC_SYMBOLS: Array<[string, string]> = [
  ['---', '—'],
  ['--', '–'],
  ['...', '…'],
  ['<< ', '«\u00a0'],
  [' >>', '\u00a0»'],
  ['<<', '«'],
  ['>>', '»'],
];

/** Characters that may start inline math or a typographic symbol. */
const SYMBOL_STARTS = new Set(['$', '-', '.', '<', '>', ' ']);
/** Characters that may start something in plain text (a space only before `>>`). */
const STARTS_SOMETHING = new Set(['*', '_', '"', "'", ...[...SYMBOL_STARTS].filter((char) => char !== ' ')]);
const ASCII_SPACE = /[ \t\r\n\f\v]/;
const ALPHA = /\p{Alphabetic}/u;
const ALNUM = /[\p{Alphabetic}\p{Nd}]/u;
/** pathological runs of unmatched delimiters cost kramdown quadratic time; we give up on emphasis instead. */
const STEPS_PER_CHARACTER = 16;

export class ScanBudgetExceeded extends Error {}

interface Stop {
  delimiter: string;
  kind: EmphasisKind;
}

interface Parsed {
  nodes: PhrasingContent[];
  pos: number;
  found: boolean;
}

export class SpanScanner {
  readonly atoms: ScannedAtom[] = [];
  private steps = 0;
  private readonly budget: number;

  constructor(
    private readonly input: ScanInput,
    private readonly quotes: QuoteChars,
  ) {
    this.budget = input.text.length * STEPS_PER_CHARACTER + 1000;
  }

  scan(stack: EmphasisKind[]): PhrasingContent[] {
    return this.parse(0, undefined, stack, undefined).nodes;
  }

  private parse(pos: number, stop: Stop | undefined, stack: EmphasisKind[], tree: EmphasisKind | undefined): Parsed {
    const { text, flags } = this.input;
    const out = new OutputBuilder();
    while (pos < text.length) {
      const runEnd = this.plainRunEnd(pos);
      if (runEnd > pos) {
        // Text that starts nothing, copied at once: what the branches below would do a character at a time.
        this.steps += runEnd - pos;
        if (this.steps > this.budget) throw new ScanBudgetExceeded();
        out.text(text.slice(pos, runEnd));
        pos = runEnd;
        continue;
      }
      if (++this.steps > this.budget) throw new ScanBudgetExceeded();
      if (flags[pos] === ATOM) {
        const node = this.input.atoms.get(pos)!;
        this.atoms.push({ node, stack });
        out.node(node);
        pos++;
      } else if (flags[pos] === LITERAL) {
        out.text(text[pos++]);
      } else if (stop && this.closes(pos, stop, out)) {
        return { nodes: out.finish(), pos, found: true };
      } else if (text[pos] === '*' || text[pos] === '_') {
        pos = this.emphasis(pos, stack, tree, out);
      } else if (this.quoteStartsAt(pos)) {
        pos = this.smartQuote(pos, out);
      } else if (SYMBOL_STARTS.has(text[pos])) {
        pos = this.inlineMath(pos, out) ?? this.typographicSymbol(pos, out) ?? (out.text(text[pos]), pos + 1);
      } else {
        out.text(text[pos++]);
      }
    }
    return { nodes: out.finish(), pos, found: false };
  }

  private emphasis(pos: number, stack: EmphasisKind[], tree: EmphasisKind | undefined, out: OutputBuilder): number {
    const { text } = this.input;
    const type = text[pos];
    const length = this.isPlain(pos + 1, type) ? 2 : 1;
    const kind: EmphasisKind = length === 2 ? 'strong' : 'emphasis';
    const delimiter = type.repeat(length);
    const refused =
      (type === '_' && this.alphaBefore(pos)) || ASCII_SPACE.test(text[pos + length] ?? '') || stack.includes(kind);
    if (refused) return (out.text(delimiter), pos + length);
    let parsed = this.parse(pos + length, { delimiter, kind }, [...stack, kind], kind);
    let found = { kind, closing: delimiter };
    if (!parsed.found && kind === 'strong' && tree !== 'emphasis') {
      // kramdown retries as `*` emphasis one character on, dropping the first delimiter character.
      parsed = this.parse(pos + 1, { delimiter: type, kind: 'emphasis' }, [...stack, 'emphasis'], 'emphasis');
      found = { kind: 'emphasis', closing: type };
    }
    if (!parsed.found) return (out.text(delimiter), pos + length);
    out.node({ type: found.kind, children: parsed.nodes } as PhrasingContent);
    return parsed.pos + found.closing.length;
  }

  private closes(pos: number, stop: Stop, out: OutputBuilder): boolean {
    const { text } = this.input;
    const { delimiter, kind } = stop;
    if (!this.isPlainRun(pos, delimiter)) return false;
    if (pos > 0 && ASCII_SPACE.test(text[pos - 1])) return false;
    if (kind === 'emphasis' && this.isPlain(pos + 1, delimiter) && text[pos + 2] !== delimiter) return false;
    if (delimiter[0] === '_' && ALNUM.test(text[pos + delimiter.length] ?? '')) return false;
    return !out.isEmpty();
  }

  /** `$$…$$` up to the next plain `$$`, holding no other inline node. */
  private inlineMath(pos: number, out: OutputBuilder): number | undefined {
    const { text, flags } = this.input;
    if (!this.isPlain(pos, '$') || !this.isPlain(pos + 1, '$')) return undefined;
    let end = text.indexOf('$$', pos + 2);
    while (end !== -1 && !(this.isPlain(end, '$') && this.isPlain(end + 1, '$'))) end = text.indexOf('$$', end + 1);
    if (end === -1 || flags.subarray(pos, end).includes(ATOM)) return undefined;
    out.text(inlineMath(text.slice(pos + 2, end)));
    return end + 2;
  }

  /** kramdown's `[^\\]?["']`: a quote here, or after this character. */
  private quoteStartsAt(pos: number): boolean {
    const { text } = this.input;
    return this.isQuote(pos) || (text[pos] !== '\\' && this.isQuote(pos + 1));
  }

  private smartQuote(pos: number, out: OutputBuilder): number {
    const match = matchSmartQuote(this.input.text, pos)!;
    for (const part of match.output) out.text('text' in part ? part.text : this.quotes[part.quote]);
    return pos + match.length;
  }

  private typographicSymbol(pos: number, out: OutputBuilder): number | undefined {
    const symbol = TYPOGRAPHIC_SYMBOLS.find(([source]) => this.isPlainRun(pos, source));
    if (!symbol) return undefined;
    out.text(symbol[1]);
    return pos + symbol[0].length;
  }

  /** kramdown's `[[:alpha:]]-?[[:alpha:]]*\z` on the text before an underscore. */
  private alphaBefore(pos: number): boolean {
    const { text } = this.input;
    const previous = text[pos - 1] ?? '';
    return ALPHA.test(previous) || (previous === '-' && ALPHA.test(text[pos - 2] ?? ''));
  }

  /**
   * The end of the plain characters from `pos` that start nothing: no delimiter, quote or symbol, and no character
   * before a quote (a smart quote's match may start there).
   */
  private plainRunEnd(pos: number): number {
    const { text, flags } = this.input;
    let end = pos;
    while (end < text.length && flags[end] === PLAIN && !STARTS_SOMETHING.has(text[end])) {
      const next = text[end + 1];
      if (next === '"' || next === "'" || (text[end] === ' ' && next === '>' && text[end + 2] === '>')) break;
      end++;
    }
    return end;
  }

  private isQuote(pos: number): boolean {
    return this.isPlain(pos, '"') || this.isPlain(pos, "'");
  }

  private isPlainRun(pos: number, chars: string): boolean {
    for (let k = 0; k < chars.length; k++) if (!this.isPlain(pos + k, chars[k])) return false;
    return true;
  }

  private isPlain(pos: number, char: string): boolean {
    return this.input.text[pos] === char && this.input.flags[pos] === PLAIN;
  }
}

class OutputBuilder {
  private readonly nodes: PhrasingContent[] = [];
  private pending = '';

  text(value: string): void {
    this.pending += value;
  }

  node(node: PhrasingContent): void {
    this.flush();
    this.nodes.push(node);
  }

  isEmpty(): boolean {
    return this.nodes.length === 0 && this.pending === '';
  }

  finish(): PhrasingContent[] {
    this.flush();
    return this.nodes;
  }

  private flush(): void {
    if (this.pending) this.nodes.push({ type: 'kramdownText', value: this.pending });
    this.pending = '';
  }
}
