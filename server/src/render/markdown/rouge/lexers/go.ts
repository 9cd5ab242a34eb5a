// Rouge 3.30's Go lexer (rouge/lexers/go.rb, MIT), rule for rule, its regexes built from the same named parts.
import { POP, RegexLexer } from '../regexLexer';
import { piece, ruby } from '../rubyRegex';
import * as T from '../tokens';

const newline = piece`\n`;
const unicodeChar = piece`[^\n]`;
const letter = piece`${piece`[[:alpha:]]`}|_`;
const unicodeDigit = piece`[[:digit:]]`;
const decimalDigit = piece`[0-9]`;
const octalDigit = piece`[0-7]`;
const hexDigit = piece`[0-9A-Fa-f]`;

const lineComment = piece`\/\/(?:(?!${newline}).)*`;
const generalComment = piece.m`\/\*(?:(?!\*\/).)*\*\/`;

// Written out where Rouge uses them as rules (a leading \b looks only ahead there) and as parts.
const KEYWORD = String.raw`\b(?:
    break       | default     | func
  | interface   | select      | case
  | defer       | go          | map
  | struct      | chan        | else
  | goto        | package     | switch
  | const       | fallthrough | if
  | range       | type        | continue
  | for         | import      | return
  | var
  )\b`;
const PREDECLARED_TYPES = String.raw`\b(?:
    bool       | byte       | complex64
  | complex128 | error      | float32
  | float64    | int8       | int16
  | int32      | int64      | int
  | rune       | string     | uint8
  | uint16     | uint32     | uint64
  | uintptr    | uint
  )\b`;
const PREDECLARED_FUNCTIONS = String.raw`\b(?:
    append  | cap     | close   | complex
  | copy    | delete  | imag    | len
  | make    | new     | panic   | print
  | println | real    | recover
  )\b`;
const OPERATOR = String.raw` \+=    | \+\+   | \+     | &\^=   | &\^
  | &=     | &&     | &      | ==     | =
  | \!=    | \!     | -=     | --     | -
  | \|=    | \|\|   | \|     | <=     | <-
  | <<=    | <<     | <      | \*=    | \*
  | \^=    | \^     | >>=    | >>     | >=
  | >      | \/     | \/=    | :=     | %
  | %=     | \.\.\. | \.     | :`;
const SEPARATOR = String.raw` \(     | \)     | \[     | \]     | \{
  | \}     | ,      | ;`;

const decimalLit = piece`[0-9]${decimalDigit}*`;
const octalLit = piece`0${octalDigit}*`;
const hexLit = piece`0[xX]${hexDigit}+`;

const decimals = piece`${decimalDigit}+`;
const exponent = piece`[eE][+\-]?${decimals}`;
const floatLit = piece.x`
    ${decimals} \. ${decimals}? ${exponent}?
  | ${decimals} ${exponent}
  | \. ${decimals} ${exponent}?
`;

const escapedChar = piece`\\[abfnrtv\\'"]`;
const littleUValue = piece`\\u${hexDigit}{4}`;
const bigUValue = piece`\\U${hexDigit}{8}`;
const unicodeValue = piece.x`
    ${unicodeChar} | ${littleUValue}
  | ${bigUValue}  | ${escapedChar}
`;
const octalByteValue = piece`\\${octalDigit}{3}`;
const hexByteValue = piece`\\x${hexDigit}{2}`;
const byteValue = piece`${octalByteValue}|${hexByteValue}`;
const escapeSequence = piece.x`
    ${escapedChar}
  | ${littleUValue}
  | ${bigUValue}
  | ${hexByteValue}
`;

export const go = new RegexLexer({
  data: () => undefined,
  states: {
    simple_tokens(s) {
      s.rule(ruby`${lineComment}|${generalComment}`, T.Comment);
      s.rule(ruby.x`${KEYWORD}`, T.Keyword);
      s.rule(ruby.x`${PREDECLARED_TYPES}`, T.KeywordType);
      s.rule(ruby.x`${PREDECLARED_FUNCTIONS}`, T.NameBuiltin);
      s.rule(ruby`\b(?:true|false|iota|nil)\b`, T.NameConstant);
      s.rule(ruby`(?:${decimals}|${floatLit})i`, T.Num);
      s.rule(ruby`${floatLit}`, T.Num);
      s.rule(ruby`${hexLit}|${decimalLit}|${octalLit}`, T.Num);
      s.rule(ruby`'(?:${unicodeValue}|${byteValue})'`, T.StrChar);
      s.rule(ruby.x`${OPERATOR}`, T.Operator);
      s.rule(ruby.x`${SEPARATOR}`, T.Punctuation);
      s.rule(ruby.x` (?!${piece.x`${KEYWORD}`}) ${letter}(?:${letter}|${unicodeDigit})* `, T.Name);
      s.rule(ruby`\s+`, T.Text);
    },
    root(s) {
      s.mixin('simple_tokens');
      s.rule(ruby`\``, T.Str, 'raw_string');
      s.rule(ruby`"`, T.Str, 'interpreted_string');
    },
    interpreted_string(s) {
      s.rule(ruby`${escapeSequence}`, T.StrEscape);
      s.rule(ruby`\\.`, T.Error);
      s.rule(ruby`"`, T.Str, POP);
      s.rule(ruby`[^"\\]+`, T.Str);
    },
    raw_string(s) {
      s.rule(ruby`\``, T.Str, POP);
      s.rule(ruby.m`[^\`]+`, T.Str);
    },
  },
});
