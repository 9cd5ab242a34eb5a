// Rouge 3.30's Python lexer (rouge/lexers/python.rb, MIT), rule for rule.
import { POP, RegexLexer } from '../regexLexer';
import { piece, ruby } from '../rubyRegex';
import * as T from '../tokens';

const KEYWORDS = new Set(
  'assert break continue del elif else except exec finally for global if lambda pass print raise return try while yield as with from import yield async await nonlocal'.split(
    ' ',
  ),
);
const BUILTINS = new Set(
  '__import__ abs all any apply ascii basestring bin bool buffer bytearray bytes callable chr classmethod cmp coerce compile complex delattr dict dir divmod enumerate eval execfile exit file filter float format frozenset getattr globals hasattr hash hex id input int intern isinstance issubclass iter len list locals long map max memoryview min next object oct open ord pow property range raw_input reduce reload repr reversed round set setattr slice sorted staticmethod str sum super tuple type unichr unicode vars xrange zip'.split(
    ' ',
  ),
);
const BUILTINS_PSEUDO = new Set('self None Ellipsis NotImplemented False True'.split(' '));
const EXCEPTIONS = new Set(
  'ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError EnvironmentError Exception FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError NotADirectoryError NotImplemented NotImplementedError OSError OverflowError OverflowWarning PendingDeprecationWarning ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StandardError StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError VMSError Warning WindowsError ZeroDivisionError'.split(
    ' ',
  ),
);

const identifier = piece`[[:alpha:]_][[:alnum:]_]*`;
const dottedIdentifier = piece`[[:alpha:]_.][[:alnum:]_.]*`;
const digits = piece`[0-9](_?[0-9])*`;
const decimal = piece`((${digits})?\.${digits}|${digits}\.)`;
const exponent = piece.i`e[+-]?${digits}`;

/** The strings being read, innermost last: their prefix letters (`f`, `r`…) and their delimiter. */
type Strings = { type: string; delimiter: string }[];

export const python = new RegexLexer<Strings>({
  data: () => [],
  states: {
    root(s) {
      s.rule(ruby.m`\n+`, T.Text);
      s.rule(ruby.mi`^(:)(\s*)([ru]{,2}""".*?""")`, (l) => l.groups(T.Punctuation, T.Text, T.StrDoc));
      s.rule(ruby`[^\S\n]+`, T.Text);
      s.rule(ruby`#(.*)?\n?`, T.CommentSingle);
      s.rule(ruby`[\[\]{}:(),;.]`, T.Punctuation);
      s.rule(ruby`\\\n`, T.Text);
      s.rule(ruby`\\`, T.Text);
      s.rule(ruby`(in|is|and|or|not)\b`, T.OperatorWord);
      s.rule(ruby`(<<|>>|\/\/|\*\*)=?`, T.Operator);
      s.rule(ruby`[-~+\/*%=<>&^|@]=?|!=`, T.Operator);
      s.rule(ruby`(from)((?:\\\s|\s)+)(${dottedIdentifier})((?:\\\s|\s)+)(import)`, (l) =>
        l.groups(T.KeywordNamespace, T.Text, T.NameNamespace, T.Text, T.KeywordNamespace),
      );
      s.rule(ruby`(import)(\s+)(${dottedIdentifier})`, (l) => l.groups(T.KeywordNamespace, T.Text, T.NameNamespace));
      s.rule(ruby`(def)((?:\s|\\\s)+)`, (l) => {
        l.groups(T.Keyword, T.Text);
        l.push('funcname');
      });
      s.rule(ruby`(class)((?:\s|\\\s)+)`, (l) => {
        l.groups(T.Keyword, T.Text);
        l.push('classname');
      });
      s.rule(ruby`\`.*?\``, T.StrBacktick);
      s.rule(ruby.i`([rfbu]{0,2})('''|"""|['"])`, (l, m) => {
        l.groups(T.StrAffix, T.Str);
        l.data.push({ type: m[1].toLowerCase(), delimiter: m[2] });
        l.push('generic_string');
      });
      s.rule(ruby.i`@${dottedIdentifier}`, T.NameDecorator);
      s.rule(ruby`(?<!\.)${identifier}`, (l, m) => l.token(nameToken(m[0])));
      s.rule(ruby`${identifier}`, T.Name);
      s.rule(ruby.i`${decimal}(${exponent})?j?`, T.NumFloat);
      s.rule(ruby.i`${digits}${exponent}j?`, T.NumFloat);
      s.rule(ruby.i`${digits}j`, T.NumFloat);
      s.rule(ruby.i`0b(_?[0-1])+`, T.NumBin);
      s.rule(ruby.i`0o(_?[0-7])+`, T.NumOct);
      s.rule(ruby.i`0x(_?[a-f0-9])+`, T.NumHex);
      s.rule(ruby`\d+L`, T.NumIntegerLong);
      s.rule(ruby`([1-9](_?[0-9])*|0(_?0)*)`, T.NumInteger);
    },
    funcname(s) {
      s.rule(ruby`${identifier}`, T.NameFunction, POP);
    },
    classname(s) {
      s.rule(ruby`${identifier}`, T.NameClass, POP);
    },
    generic_string(s) {
      s.rule(ruby`[^'"\\{]+`, T.Str);
      s.rule(ruby`{{`, T.Str);
      s.rule(ruby`'''|"""|['"]`, (l, m) => {
        l.token(T.Str);
        if (l.data.at(-1)?.delimiter === m[0]) {
          l.data.pop();
          l.pop();
        }
      });
      s.rule(ruby`(?=\\)`, T.Str, 'generic_escape');
      s.rule(ruby`{`, (l) => {
        if (l.data.at(-1)?.type.includes('f')) {
          l.token(T.StrInterpol);
          l.push('generic_interpol');
        } else l.token(T.Str);
      });
    },
    generic_escape(s) {
      s.rule(
        ruby.x`\\
          ( [\\abfnrtv"']
          | \n
          | newline
          | N{[a-zA-Z][a-zA-Z ]+[a-zA-Z]}
          | u[a-fA-F0-9]{4}
          | U[a-fA-F0-9]{8}
          | x[a-fA-F0-9]{2}
          | [0-7]{1,3}
          )
        `,
        (l) => {
          l.token(l.data.at(-1)?.type.includes('r') ? T.Str : T.StrEscape);
          l.pop();
        },
      );
      s.rule(ruby`\\.`, T.Str, POP);
    },
    generic_interpol(s) {
      s.rule(ruby`[^{}!:]+`, (l, m) => l.recurse(m[0]));
      s.rule(ruby`![asr]`, T.StrInterpol);
      s.rule(ruby`:`, T.StrInterpol);
      s.rule(ruby`{`, T.StrInterpol, 'generic_interpol');
      s.rule(ruby`}`, T.StrInterpol, POP);
    },
  },
});

function nameToken(name: string): string {
  if (KEYWORDS.has(name)) return T.Keyword;
  if (EXCEPTIONS.has(name) || BUILTINS.has(name)) return T.NameBuiltin;
  if (BUILTINS_PSEUDO.has(name)) return T.NameBuiltinPseudo;
  return T.Name;
}
