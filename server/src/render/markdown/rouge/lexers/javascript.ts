// Rouge 3.30's JavaScript and TypeScript lexers (rouge/lexers/javascript.rb, typescript.rb and typescript/common.rb,
// MIT), rule for rule: TypeScript is JavaScript with more words and a few rules put first.
import { POP, RegexLexer, type StateRules } from '../regexLexer';
import { piece, ruby } from '../rubyRegex';
import * as T from '../tokens';

const words = (text: string) => text.split(' ');

const JAVASCRIPT_WORDS = {
  keywords: words(
    'as async await break case catch continue debugger default delete do else export finally from for if import in instanceof new of return super switch this throw try typeof void while yield',
  ),
  declarations: words('var let const with function class extends constructor get set static'),
  reserved: words('enum implements interface package private protected public'),
  constants: words('true false null NaN Infinity undefined'),
  builtins: words(
    'Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun decodeURI decodeURIComponent encodeURI encodeURIComponent Error eval isFinite isNaN parseFloat parseInt document window navigator self global Promise Set Map WeakSet WeakMap Symbol Proxy Reflect Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Uint16ClampedArray Int32Array Uint32Array Uint32ClampedArray Float32Array Float64Array DataView ArrayBuffer',
  ),
};

const TYPESCRIPT_WORDS = {
  keywords: [
    ...JAVASCRIPT_WORDS.keywords,
    ...words('is namespace static private protected public implements readonly'),
  ],
  declarations: [...JAVASCRIPT_WORDS.declarations, 'type', 'abstract'],
  reserved: [
    ...JAVASCRIPT_WORDS.reserved,
    ...words('string any void number namespace module declare default interface keyof'),
  ],
  constants: JAVASCRIPT_WORDS.constants,
  builtins: [...JAVASCRIPT_WORDS.builtins, ...words('Pick Partial Readonly Record')],
};

type Words = typeof JAVASCRIPT_WORDS;
type States = Record<string, (rules: StateRules<undefined>) => void>;

const id = piece.i`[\p{L}\p{Nl}$_][\p{Word}]*`;

function javascriptLike(wordLists: Words, prepended: Partial<States>) {
  const [keywords, declarations, reserved, constants, builtins] = [
    wordLists.keywords,
    wordLists.declarations,
    wordLists.reserved,
    wordLists.constants,
    wordLists.builtins,
  ].map((list) => new Set(list));
  const states: States = {
    multiline_comment(s) {
      s.rule(ruby`[*]/`, T.CommentMultiline, POP);
      s.rule(ruby`[^*/]+`, T.CommentMultiline);
      s.rule(ruby`[*/]`, T.CommentMultiline);
    },
    comments_and_whitespace(s) {
      s.rule(ruby`\s+`, T.Text);
      s.rule(ruby`<!--`, T.Comment);
      s.rule(ruby`//.*?$`, T.CommentSingle);
      s.rule(ruby`/[*]`, T.CommentMultiline, 'multiline_comment');
    },
    expr_start(s) {
      s.mixin('comments_and_whitespace');
      s.rule(ruby`/`, (l) => {
        l.token(T.StrRegex);
        l.goto('regex');
      });
      s.rule(ruby`[{]`, (l) => {
        l.token(T.Punctuation);
        l.goto('object');
      });
      s.rule(ruby``, T.Text, POP);
    },
    regex(s) {
      s.rule(ruby`/`, (l) => {
        l.token(T.StrRegex);
        l.goto('regex_end');
      });
      s.rule(ruby`[^/]\n`, T.Error, POP);
      s.rule(ruby`\n`, T.Error, POP);
      s.rule(ruby`\[\^`, T.StrEscape, 'regex_group');
      s.rule(ruby`\[`, T.StrEscape, 'regex_group');
      s.rule(ruby`\\.`, T.StrEscape);
      s.rule(ruby`[(][?][:=<!]`, T.StrEscape);
      s.rule(ruby`[{][\d,]+[}]`, T.StrEscape);
      s.rule(ruby`[()?]`, T.StrEscape);
      s.rule(ruby`.`, T.StrRegex);
    },
    regex_end(s) {
      s.rule(ruby`[gimuy]+`, T.StrRegex, POP);
      s.rule(ruby``, (l) => l.pop());
    },
    regex_group(s) {
      s.rule(ruby`/`, T.StrEscape);
      s.rule(ruby`[^/]\n`, (l) => {
        l.token(T.Error);
        l.pop(2);
      });
      s.rule(ruby`\]`, T.StrEscape, POP);
      s.rule(ruby`\\.`, T.StrEscape);
      s.rule(ruby`.`, T.StrRegex);
    },
    bad_regex(s) {
      s.rule(ruby`[^\n]+`, T.Error, POP);
    },
    root(s) {
      prepended.root?.(s);
      s.rule(ruby.m`\A\s*#!.*?\n`, T.CommentPreproc, 'statement');
      s.rule(ruby`(?<=\n)(?=\s|/|<!--)`, T.Text, 'expr_start');
      s.mixin('comments_and_whitespace');
      s.rule(
        ruby.x`\+\+ | -- | ~ | \?\?=? | && | \|\| | \\(?=\n) | << | >>>? | ===
               | !== `,
        T.Operator,
        'expr_start',
      );
      s.rule(ruby`[-<>+*%&|\^/!=]=?`, T.Operator, 'expr_start');
      s.rule(ruby`[(\[,]`, T.Punctuation, 'expr_start');
      s.rule(ruby`;`, T.Punctuation, 'statement');
      s.rule(ruby`[)\].]`, T.Punctuation);
      s.rule(ruby`\``, (l) => {
        l.token(T.StrDouble);
        l.push('template_string');
      });
      s.rule(ruby`[?][.]`, T.Punctuation);
      s.rule(ruby`[?]`, (l) => {
        l.token(T.Punctuation);
        l.push('ternary');
        l.push('expr_start');
      });
      s.rule(ruby`(\@)(\w+)?`, (l) => {
        l.groups(T.Punctuation, T.NameDecorator);
        l.push('expr_start');
      });
      s.rule(ruby`[{}]`, T.Punctuation, 'statement');
      s.rule(ruby`${id}`, (l, m) => {
        const word = m[0];
        if (keywords.has(word) || declarations.has(word)) {
          l.token(keywords.has(word) ? T.Keyword : T.KeywordDeclaration);
          l.push('expr_start');
        } else if (reserved.has(word)) l.token(T.KeywordReserved);
        else if (constants.has(word)) l.token(T.KeywordConstant);
        else if (builtins.has(word)) l.token(T.NameBuiltin);
        else l.token(T.NameOther);
      });
      s.rule(ruby`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, T.NumFloat);
      s.rule(ruby.i`0x[0-9a-fA-F]+`, T.NumHex);
      s.rule(ruby.i`0o[0-7][0-7_]*`, T.NumOct);
      s.rule(ruby.i`0b[01][01_]*`, T.NumBin);
      s.rule(ruby`[0-9]+`, T.NumInteger);
      s.rule(ruby`"`, T.StrDelimiter, 'dq');
      s.rule(ruby`'`, T.StrDelimiter, 'sq');
      s.rule(ruby`:`, T.Punctuation);
    },
    dq(s) {
      s.rule(ruby`\\[\\nrt"]?`, T.StrEscape);
      s.rule(ruby`[^\\"]+`, T.StrDouble);
      s.rule(ruby`"`, T.StrDelimiter, POP);
    },
    sq(s) {
      s.rule(ruby`\\[\\nrt']?`, T.StrEscape);
      s.rule(ruby`[^\\']+`, T.StrSingle);
      s.rule(ruby`'`, T.StrDelimiter, POP);
    },
    statement(s) {
      prepended.statement?.(s);
      s.rule(ruby`case\b`, (l) => {
        l.token(T.Keyword);
        l.goto('expr_start');
      });
      s.rule(ruby`(${id})(\s*)(:)`, (l) => l.groups(T.NameLabel, T.Text, T.Punctuation));
      s.mixin('expr_start');
    },
    object(s) {
      s.mixin('comments_and_whitespace');
      s.rule(ruby`[{]`, (l) => {
        l.token(T.Punctuation);
        l.push();
      });
      s.rule(ruby`[}]`, (l) => {
        l.token(T.Punctuation);
        l.goto('statement');
      });
      s.rule(ruby`(${id})(\s*)(:)`, (l) => {
        l.groups(T.NameAttribute, T.Text, T.Punctuation);
        l.push('expr_start');
      });
      s.rule(ruby`:`, T.Punctuation);
      s.mixin('root');
    },
    ternary(s) {
      s.rule(ruby`:`, (l) => {
        l.token(T.Punctuation);
        l.goto('expr_start');
      });
      s.mixin('root');
    },
    template_string(s) {
      s.rule(ruby`[$]{`, T.Punctuation, 'template_string_expr');
      s.rule(ruby`\``, T.StrDouble, POP);
      s.rule(ruby`\\[$\`]`, T.StrEscape);
      s.rule(ruby`[^$\`\\]+`, T.StrDouble);
      s.rule(ruby`[\\$]`, T.StrDouble);
    },
    template_string_expr(s) {
      s.rule(ruby`}`, T.Punctuation, POP);
      s.mixin('root');
    },
  };
  return new RegexLexer({ data: () => undefined, states });
}

export const javascript = javascriptLike(JAVASCRIPT_WORDS, {});

export const typescript = javascriptLike(TYPESCRIPT_WORDS, {
  root(s) {
    s.rule(ruby`[?][.]`, T.Punctuation);
    s.rule(ruby`[?]{2}`, T.Operator);
  },
  statement(s) {
    s.rule(ruby`(${id})(\??)(\s*)(:)`, (l) => {
      l.groups(T.NameLabel, T.Punctuation, T.Text, T.Punctuation);
      l.push('expr_start');
    });
  },
});
