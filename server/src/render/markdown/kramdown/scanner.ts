// A string scanner like Ruby's StringScanner, which kramdown parses with: anchored matches at a position (sticky
// regular expressions), searches onward from it (global ones), the groups of the last match, and line numbers.

export class Scanner {
  pos = 0;
  private last: RegExpExecArray | null = null;
  /** Where the string's line ends are, found when a line number is first asked for. */
  private lineEnds: number[] | undefined;

  constructor(
    readonly string: string,
    /** The line of the post this string's first line is. */
    readonly startLine = 1,
  ) {}

  get eos(): boolean {
    return this.pos >= this.string.length;
  }

  /** The match of a sticky pattern at the position, which stays; its groups are the scanner's until the next match. */
  check(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.pos;
    this.last = pattern.exec(this.string);
    return this.last;
  }

  /** The match of a sticky pattern at the position, moving past it. */
  scan(pattern: RegExp): string | undefined {
    const match = this.check(pattern);
    if (!match) return undefined;
    this.pos += match[0].length;
    return match[0];
  }

  /** Ruby's `scan_until` with a global pattern: the text from the position to the end of the next match, moved past. */
  scanUntil(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.pos;
    const match = pattern.exec(this.string);
    this.last = match;
    if (!match) return undefined;
    const from = this.pos;
    this.pos = match.index + match[0].length;
    return this.string.slice(from, this.pos);
  }

  /** Moves past the last match (made at the position); its text. */
  skipMatched(): string {
    const matched = this.matched;
    this.pos += matched.length;
    return matched;
  }

  /** A group of the last match. */
  group(index: number): string | undefined {
    return this.last?.[index];
  }

  get lastMatch(): RegExpExecArray | null {
    return this.last;
  }

  get matched(): string {
    return this.last?.[0] ?? '';
  }

  /** The string before the last match. */
  get preMatch(): string {
    return this.string.slice(0, this.last?.index ?? this.pos);
  }

  /** The next character (a whole code point), moved past. */
  getch(): string {
    const code = this.string.codePointAt(this.pos);
    if (code === undefined) return '';
    const char = String.fromCodePoint(code);
    this.pos += char.length;
    return char;
  }

  get rest(): string {
    return this.string.slice(this.pos);
  }

  terminate(): void {
    this.pos = this.string.length;
  }

  /** The line of the post at the position. */
  lineNumber(): number {
    if (!this.lineEnds) {
      this.lineEnds = [];
      for (let at = this.string.indexOf('\n'); at !== -1; at = this.string.indexOf('\n', at + 1))
        this.lineEnds.push(at);
    }
    let [low, high] = [0, this.lineEnds.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.lineEnds[middle] < this.pos) low = middle + 1;
      else high = middle;
    }
    return this.startLine + low;
  }
}
