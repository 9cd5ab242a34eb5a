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
   * The characters the regex starts with a run of (`(C+?)…` or `(C+)…` where what follows cannot start inside the
   * run): when it fails at one place it fails everywhere further in that run, so the lexer does not try it there.
   */
  run?: RegExp;
}

/** `regex`, known to fail all through a run of `characters` once it failed at its start (see RubyRegex.run). */
export function failingThroughRun(regex: RubyRegex, characters: RubyRegex): RubyRegex {
  return { ...regex, run: characters.regex };
}

type Interpolated = string | RubyPiece;
type Template = (strings: TemplateStringsArray, ...values: Interpolated[]) => RubyRegex;
type PieceTemplate = (strings: TemplateStringsArray, ...values: Interpolated[]) => RubyPiece;

const WORD = String.raw`\p{L}\p{M}\p{Nd}\p{Pc}`;
const SPACE = String.raw`\t\n\v\f\r `;
const QUANTIFIER = /^\{(\d*),?(\d*)\}/;
const POSIX_CLASSES: Record<string, string> = {
  alpha: String.raw`\p{L}\p{M}`,
  alnum: String.raw`\p{L}\p{M}\p{Nd}`,
  digit: '0-9',
  space: SPACE,
  upper: String.raw`\p{Lu}`,
  lower: String.raw`\p{Ll}`,
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
    return { javascript: `(?:${convert(source, flags, pieces, false)})` };
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

/** Ruby source → JavaScript source; `atScanStart` when the source begins where the scan does. */
function convert(source: string, flags: string, pieces: string[], atScanStart = true): string {
  const dotAll = flags.includes('m');
  const extended = flags.includes('x');
  let out = '';
  let inClass = false;
  let i = 0;
  const atStart = () => atScanStart && SCAN_START.test(out);
  while (i < source.length) {
    const char = source[i];
    if (char === PLACEHOLDER) {
      out += pieces.shift();
      i++;
    } else if (source.startsWith('\\p{Word}', i)) {
      out += inClass ? WORD : `[${WORD}]`;
      i += '\\p{Word}'.length;
    } else if (/^\\[pP]\{\w+\}/.test(source.slice(i, i + 20))) {
      const property = /^\\[pP]\{\w+\}/.exec(source.slice(i, i + 20))![0];
      out += property;
      i += property.length;
    } else if (char === '\\') {
      out += escape(source[i + 1], inClass, atStart());
      i += 2;
    } else if (inClass) {
      const posix = /^\[:(\w+):\]/.exec(source.slice(i));
      if (posix) {
        out += posixClass(posix[1]);
        i += posix[0].length;
      } else {
        if (char === ']') inClass = false;
        out += char;
        i++;
      }
    } else if (extended && /\s/.test(char)) {
      i++;
    } else if (extended && char === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (char === '[') {
      inClass = true;
      out += source[i + 1] === '^' ? '[^' : '[';
      i += source[i + 1] === '^' ? 2 : 1;
      if (source[i] === ']') {
        out += '\\]';
        i++;
      }
    } else if (char === '(' && source.startsWith('(?<', i) && /^\(\?<[=!]/.test(source.slice(i))) {
      if (atStart()) {
        out += source[i + 3] === '=' ? '(?!)' : '';
        i = groupEnd(source, i);
      } else {
        out += source.slice(i, i + 4);
        i += 4;
      }
    } else if (char === '(' && source[i + 1] === '?' && !/^\(\?(?:[:=!]|<[=!]|<\w+>)/.test(source.slice(i))) {
      throw new SyntaxError(`unsupported group in ${source}`);
    } else if (char === '{') {
      const quantifier = QUANTIFIER.exec(source.slice(i));
      if (quantifier && (quantifier[1] || quantifier[2])) {
        out += quantifier[0].startsWith('{,') ? `{0${quantifier[0].slice(1)}` : quantifier[0];
        i += quantifier[0].length;
      } else {
        out += '\\{';
        i++;
      }
    } else {
      out += outsideClass(char, dotAll);
      i++;
    }
  }
  return out;
}

function outsideClass(char: string, dotAll: boolean): string {
  if (char === '}') return '\\}';
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

const FLAG_SETS = ['', 'i', 'm', 'x', 'mi', 'mx', 'ix'] as const;
type FlagSet = (typeof FLAG_SETS)[number];

export const ruby = build('') as Template & Record<Exclude<FlagSet, ''>, Template>;
export const piece = buildPiece('') as PieceTemplate & Record<Exclude<FlagSet, ''>, PieceTemplate>;
for (const flags of FLAG_SETS.slice(1)) {
  ruby[flags as Exclude<FlagSet, ''>] = build(flags);
  piece[flags as Exclude<FlagSet, ''>] = buildPiece(flags);
}
