// Rouge's regular expressions (Ruby's Onigmo syntax), as Rouge's StringScanner runs them, turned into JavaScript ones
// that match the same text. A lexer's rules are written with the Ruby source as Rouge has it, in a tagged template:
//   rule(ruby`(def)((?:\s|\\\s)+)`, …)      ruby.i`…`, ruby.m`…`, ruby.x`…` and combinations for Ruby's flags
// What StringScanner does that a JavaScript sticky match would not:
//   - the scan position is the start of the string: `\A` and a leading `^` match there (Rouge runs a rule that starts
//     with `^` only at a line start), a lookbehind at the start sees nothing, a leading `\b` looks only ahead;
//   - `.` stops at `\n` only (and matches it with /m), `$` is before `\n` or at the end, `\s` is ASCII's six spaces
//     and `\b` counts any letter as a word character;
//   - `{` that opens no quantifier is a literal, `{,n}` is `{0,n}`.

/** An interpolated part that keeps its own flags (Ruby interpolates a Regexp as `(?-mix:…)`). */
export interface RubyPiece {
  readonly javascript: string;
}

export interface RubyRegex {
  regex: RegExp;
  /** The source starts with `^`: Rouge tries the rule only at the beginning of a line. */
  lineStart: boolean;
  /**
   * A stretch of text, matched from where the regex failed, all through which it is known to fail too (for
   * `(C+?)…` the run of C; for a regex that looks for its end, the text in which that end was not found), so the
   * lexer does not try it there. It begins as the regex does, so a place the regex cannot even start at gives none.
   */
  run?: RegExp;
}

/** `regex`, known to fail all through the stretch `run` matches from where it failed (see RubyRegex.run). */
export function failingThroughRun(regex: RubyRegex, run: RubyRegex): RubyRegex {
  return { ...regex, run: run.regex };
}

type Interpolated = string | RubyPiece;
type Template = (strings: TemplateStringsArray, ...values: Interpolated[]) => RubyRegex;
type PieceTemplate = (strings: TemplateStringsArray, ...values: Interpolated[]) => RubyPiece;

/** Onigmo's Unicode word character: `\p{Word}`, `[[:word:]]` and what `\b` looks for. */
const WORD = String.raw`\p{Alphabetic}\p{M}\p{Nd}\p{Pc}`;
const SPACE = String.raw`\t\n\v\f\r `;
/** POSIX brackets as Onigmo reads them in a UTF-8 string: by Unicode property (`\d` and `\s` stay ASCII). */
const POSIX_CLASSES: Record<string, string> = {
  alpha: String.raw`\p{Alphabetic}`,
  alnum: String.raw`\p{Alphabetic}\p{Nd}`,
  digit: String.raw`\p{Nd}`,
  space: String.raw`\p{White_Space}`,
  upper: String.raw`\p{Uppercase}`,
  lower: String.raw`\p{Lowercase}`,
  word: WORD,
};
/** Characters that stay escaped in a JavaScript regex with the `u` flag. */
const SYNTAX_CHARACTERS = new Set('^$\\.*+?()[]{}|/');
const PLACEHOLDER = '\u0000';
/** Nothing matched yet: only groups opened. */
const SCAN_START = /^(?:\((?:\?:|\?<\w+>)?)*$/;

function build(flags: string): Template {
  return (strings, ...values) => {
    const { source, pieces } = joinTemplate(strings, values);
    const lineStart = source.startsWith('^');
    const javascript = convert(lineStart ? source.slice(1) : source, flags, pieces);
    return { regex: new RegExp(javascript, flags.includes('i') ? 'iuy' : 'uy'), lineStart };
  };
}

function buildPiece(flags: string): PieceTemplate {
  return (strings, ...values) => {
    const { source, pieces } = joinTemplate(strings, values);
    return { javascript: `(?:${convert(source, flags, pieces, true)})` };
  };
}

function joinTemplate(strings: TemplateStringsArray, values: Interpolated[]) {
  const pieces: string[] = [];
  let source = strings.raw[0];
  values.forEach((value, i) => {
    if (typeof value === 'string') source += value;
    else {
      pieces.push(value.javascript);
      source += PLACEHOLDER;
    }
    source += strings.raw[i + 1];
  });
  return { source, pieces };
}

/**
 * The pieces of Ruby regex source the translation reads one at a time: an interpolated piece, a property, an escape,
 * a POSIX class, a class opening, a lookbehind, another `(?` group, a brace, or one character.
 */
const SOURCE_PIECE =
  /\u0000|\\p\{Word\}|\\[pP]\{\w+\}|\\[^]|\[:\w+:\]|\[\^?\]?|\(\?<[=!]|\(\?(?![:=!]|<\w+>)|\{\d*,?\d*\}|[^]/gy;

/**
 * Ruby source → JavaScript source; a `piece` does not begin where the scan does, and keeps Ruby's `i` flag inside
 * whatever regex it goes into by matching its letters in both cases.
 */
function convert(source: string, flags: string, pieces: string[], piece = false): string {
  return new Translation(source, flags, pieces, !piece, piece && flags.includes('i')).javascript();
}

class Translation {
  private out = '';
  private inClass = false;
  /** Where the open class's characters begin in `out`. */
  private classStart = 0;
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly flags: string,
    private readonly pieces: string[],
    private readonly atScanStart: boolean,
    private readonly caseless: boolean,
  ) {}

  javascript(): string {
    const reader = new RegExp(SOURCE_PIECE.source, 'gy');
    for (let piece = reader.exec(this.source); piece; piece = reader.exec(this.source)) {
      this.at = piece.index;
      const skipTo = this.read(piece[0]);
      if (skipTo !== undefined) reader.lastIndex = skipTo;
    }
    return this.out;
  }

  /** Adds the JavaScript for `piece`; returns where reading goes on when it skips more than the piece. */
  private read(piece: string): number | undefined {
    if (piece === PLACEHOLDER) this.out += this.pieces.shift();
    else if (piece === '\\p{Word}') this.out += this.inClass ? WORD : `[${WORD}]`;
    else if (/^\\[pP]\{/.test(piece)) this.out += piece;
    else if (piece[0] === '\\') this.out += escape(piece[1], this.inClass, this.atStart());
    else if (this.inClass) this.readInClass(piece);
    else if (this.flags.includes('x') && /^\s$/.test(piece)) return undefined;
    else if (this.flags.includes('x') && piece === '#') return this.lineEnd();
    else if (piece[0] === '[') this.openClass(piece);
    else if (piece.startsWith('(?<')) return this.lookbehind(piece);
    else if (piece === '(?') throw new SyntaxError(`unsupported group in ${this.source}`);
    else if (piece.length > 1 && piece[0] === '{') this.out += quantifier(piece);
    else if (this.caseless && /^[a-zA-Z]$/.test(piece)) this.out += `[${piece}${swapCase(piece)}]`;
    else this.out += outsideClass(piece, this.flags.includes('m'));
    return undefined;
  }

  private readInClass(piece: string): void {
    const posix = /^\[:(\w+):\]$/.exec(piece);
    if (posix) return void (this.out += posixClass(posix[1]));
    // A piece read as a class opening or a brace is plain characters here: read it a character at a time.
    for (const char of piece) {
      if (char === ']' && this.inClass) this.closeClass();
      else if (!this.inClass) return this.read(char) as undefined;
      this.out += char;
    }
  }

  private openClass(piece: string): void {
    this.inClass = true;
    this.out += piece.endsWith(']') ? `${piece.slice(0, -1)}\\]` : piece;
    this.classStart = this.out.length - (piece.endsWith(']') ? 2 : 0);
  }

  private closeClass(): void {
    this.inClass = false;
    if (this.caseless) this.out += swapCase(this.out.slice(this.classStart));
  }

  /** At the scan's start a lookbehind sees nothing: `(?<!…)` always holds, `(?<=…)` never does. */
  private lookbehind(piece: string): number | undefined {
    if (!this.atStart()) {
      this.out += piece;
      return undefined;
    }
    if (piece === '(?<=') this.out += '(?!)';
    return groupEnd(this.source, this.at);
  }

  private lineEnd(): number {
    const end = this.source.indexOf('\n', this.at);
    return end < 0 ? this.source.length : end;
  }

  private atStart(): boolean {
    return this.atScanStart && SCAN_START.test(this.out);
  }
}

/** The ASCII letters of JavaScript regex source in the other case, escapes and properties left as they are. */
function swapCase(source: string): string {
  return source.replace(/\\p\{[^}]*\}|\\.|[a-zA-Z]/g, (part) =>
    part.length > 1 ? part : part === part.toLowerCase() ? part.toUpperCase() : part.toLowerCase(),
  );
}

/** `{n}`, `{n,}`, `{n,m}` and Ruby's `{,m}` are quantifiers; any other brace is a literal. */
function quantifier(piece: string): string {
  if (piece === '{}' || piece === '{,}') return `\\${piece.slice(0, -1)}\\}`;
  return piece.startsWith('{,') ? `{0${piece.slice(1)}` : piece;
}

function outsideClass(char: string, dotAll: boolean): string {
  if (char === '{' || char === '}') return `\\${char}`;
  if (char === '.') return dotAll ? '[^]' : '[^\\n]';
  if (char === '$') return '(?=\\n|(?![^]))';
  if (char === '^') return '(?<![^\\n])';
  return char;
}

function escape(next: string, inClass: boolean, atStart: boolean): string {
  switch (next) {
    case 'h':
      return inClass ? '0-9a-fA-F' : '[0-9a-fA-F]';
    case 's':
      return inClass ? SPACE : `[${SPACE}]`;
    case 'S':
      return inClass ? '\\S' : `[^${SPACE}]`;
    case 'A':
      if (atStart) return '';
      throw new SyntaxError('\\A after the start');
    case 'z':
      return '(?![^])';
    case 'Z':
      return '(?=\\n?(?![^]))';
    case 'e':
      return '\\x1b';
    case 'b':
      if (inClass) return '\\x08';
      return atStart ? `(?=[${WORD}])` : `(?:(?<=[${WORD}])(?![${WORD}])|(?<![${WORD}])(?=[${WORD}]))`;
  }
  if (/[0-9a-zA-Z]/.test(next) || SYNTAX_CHARACTERS.has(next) || (inClass && next === '-')) return `\\${next}`;
  return next;
}

function posixClass(name: string): string {
  const javascript = POSIX_CLASSES[name];
  if (!javascript) throw new SyntaxError(`unknown POSIX class ${name}`);
  return javascript;
}

function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return i + 1;
  }
  throw new SyntaxError(`unclosed group in ${source}`);
}

const FLAG_SETS = ['', 'i', 'm', 'x', 'mi', 'mx', 'xi'] as const;
type FlagSet = (typeof FLAG_SETS)[number];

export const ruby = build('') as Template & Record<Exclude<FlagSet, ''>, Template>;
export const piece = buildPiece('') as PieceTemplate & Record<Exclude<FlagSet, ''>, PieceTemplate>;
for (const flags of FLAG_SETS.slice(1)) {
  ruby[flags as Exclude<FlagSet, ''>] = build(flags);
  piece[flags as Exclude<FlagSet, ''>] = buildPiece(flags);
}
