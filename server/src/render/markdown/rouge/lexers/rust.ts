// Rouge 3.30's Rust lexer (rouge/lexers/rust.rb, MIT), rule for rule: a macro's state is left when its brackets of
// each kind are closed as often as they were opened.
import { POP, RegexLexer } from '../regexLexer';
import { piece, ruby } from '../rubyRegex';
import * as T from '../tokens';

const KEYWORDS =
  'as async await break const continue crate dyn else enum extern false fn for if impl in let log loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while abstract become box do final macro override priv typeof unsized virtual yield try union';
const BUILTINS = new Set(
  'Add BitAnd BitOr BitXor bool c_char c_double c_float char c_int clock_t c_long c_longlong Cons Const Copy c_schar c_short c_uchar c_uint c_ulong c_ulonglong c_ushort c_void dev_t DIR dirent Div Either Eq Err f32 f64 Failure FILE float fpos_t i16 i32 i64 i8 isize Index ino_t int intptr_t Left mode_t Modulo Mul Neg Nil None Num off_t Ok Option Ord Owned pid_t Ptr ptrdiff_t Right Send Shl Shr size_t Some ssize_t str Sub Success time_t u16 u32 u64 u8 usize uint uintptr_t Box Vec String Gc Rc Arc u128 i128 Result Sync Pin Unpin Sized Drop drop Fn FnMut FnOnce Clone PartialEq PartialOrd AsMut AsRef From Into Default DoubleEndedIterator ExactSizeIterator Extend IntoIterator Iterator'.split(
    ' ',
  ),
);

/** How many of each closing bracket the open macro still waits for. */
type MacroDelimiters = Record<string, number>;

const DELIMITERS: Record<string, string> = { '[': ']', '(': ')', '{': '}' };

const id = piece`[\p{XID_Start}_]\p{XID_Continue}*`;
const hex = piece.i`[0-9a-f]`;
const escapes = piece.x`
  \\ ([nrt'"\\0] | x${hex}{2} | u\{(${hex}_*){1,6}\})
`;
const size = piece`8|16|32|64|128|size`;
const dot = piece`[.][0-9][0-9_]*`;
const exp = piece`[eE][-+]?[0-9_]+`;
const flt = piece`f32|f64`;

export const rust = new RegexLexer<MacroDelimiters>({
  data: () => ({ ']': 0, ')': 0, '}': 0 }),
  start: (l) => l.push('bol'),
  states: {
    // rustdoc lets code in comments begin with `# `, hidden from the HTML it writes but still code.
    bol(s) {
      s.mixin('whitespace');
      s.rule(ruby`#\s[^\n]*`, T.CommentSpecial);
      s.rule(ruby``, (l) => l.pop());
    },
    attribute(s) {
      s.mixin('whitespace');
      s.mixin('has_literals');
      s.rule(ruby`[(,)=:]`, T.NameDecorator);
      s.rule(ruby`\]`, T.NameDecorator, POP);
      s.rule(ruby`${id}`, T.NameDecorator);
    },
    whitespace(s) {
      s.rule(ruby`\s+`, T.Text);
      s.mixin('comments');
    },
    comments(s) {
      // `////` and beyond are plain comments again; `//!` and `///` are doc comments.
      s.rule(ruby`////+[^\n]*`, T.CommentSingle);
      s.rule(ruby`//[/!][^\n]*`, T.CommentDoc);
      s.rule(ruby`//[^\n]*`, T.CommentSingle);
      // /**/ and /***/ close themselves; 3+ stars start a plain block comment, `/*!` and `/**` a doc one.
      s.rule(ruby`/\*\*\*?/`, T.CommentMultiline);
      s.rule(ruby`/\*\*\*+`, T.CommentMultiline, 'nested_plain_block');
      s.rule(ruby`/[*][*!]`, T.CommentDoc, 'nested_doc_block');
      s.rule(ruby`/[*]`, T.CommentMultiline, 'nested_plain_block');
    },
    nested_plain_block(s) {
      s.rule(ruby`\*/`, T.CommentMultiline, POP);
      s.rule(ruby`/\*`, T.CommentMultiline, 'nested_plain_block');
      s.rule(ruby`[^*/]+|[*/]`, T.CommentMultiline);
    },
    nested_doc_block(s) {
      s.rule(ruby`\*/`, T.CommentDoc, POP);
      s.rule(ruby`/\*`, T.CommentDoc, 'nested_doc_block');
      s.rule(ruby`[^*/]+|[*/]`, T.CommentDoc);
    },
    root(s) {
      s.rule(ruby`\n`, T.Text, 'bol');
      s.mixin('whitespace');
      s.rule(ruby`#!?\[`, T.NameDecorator, 'attribute');
      s.rule(ruby`\b(?:${KEYWORDS.split(' ').join('|')})\b`, T.Keyword);
      s.mixin('has_literals');
      s.rule(ruby`[=-]>`, T.Keyword);
      s.rule(ruby`<->`, T.Keyword);
      s.rule(ruby`[()\[\]{}|,:;]`, T.Punctuation);
      s.rule(ruby`[*\/!@~&+%^<>=\?-]|\.{2,3}`, T.Operator);
      s.rule(ruby.m`([.]\s*)?${id}(?=\s*[(])`, T.NameFunction);
      s.rule(ruby`[.]\s*await\b`, T.Keyword);
      s.rule(ruby`[.]\s*${id}`, T.NameProperty);
      s.rule(ruby`[.]\s*\d+`, T.NameAttribute);
      s.rule(ruby.m`(${id})(::)`, (l) => l.groups(T.NameNamespace, T.Punctuation));
      // macros
      s.rule(ruby`\bmacro_rules!`, T.NameDecorator, 'macro_rules');
      s.rule(ruby`${id}!`, T.NameDecorator, 'macro');
      s.rule(ruby`'static\b`, T.Keyword);
      s.rule(ruby`'${id}`, T.NameVariable);
      s.rule(ruby`${id}`, (l, m) => l.token(BUILTINS.has(m[0]) ? T.NameBuiltin : T.Name));
    },
    macro(s) {
      s.mixin('has_literals');
      s.rule(ruby`[\[{(]`, (l, m) => {
        l.data[DELIMITERS[m[0]]]++;
        l.token(T.Punctuation);
      });
      s.rule(ruby`[\]})]`, (l, m) => {
        l.data[m[0]]--;
        if (Object.values(l.data).every((open) => open === 0)) l.pop();
        l.token(T.Punctuation);
      });
      // as in root, without another macro state
      s.rule(ruby`${id}!`, T.NameDecorator);
      s.mixin('root');
      // no syntax errors in macros
      s.rule(ruby`.`, T.Text);
    },
    macro_rules(s) {
      s.rule(ruby`[$]${id}(:${id})?`, T.NameVariable);
      s.rule(ruby`[$]`, T.NameVariable);
      s.mixin('macro');
    },
    has_literals(s) {
      // constants
      s.rule(ruby`\b(?:true|false)\b`, T.KeywordConstant);
      // characters and bytes
      s.rule(
        ruby.x`
          b?' (?: ${escapes} | [^\\] ) '
        `,
        T.StrChar,
      );
      s.rule(ruby`b?"`, T.Str, 'string');
      s.rule(ruby.m`b?r(#*)".*?"\1`, T.Str);
      // numbers
      s.rule(
        ruby.x`
          [0-9][0-9_]*
          (${dot}  ${exp}? ${flt}?
          |${dot}? ${exp}  ${flt}?
          |${dot}? ${exp}? ${flt}
          |[.](?![._\p{XID_Start}])
          )
        `,
        T.NumFloat,
      );
      s.rule(
        ruby.x`
          ( 0b[10_]+
          | 0x[0-9a-fA-F_]+
          | 0o[0-7_]+
          | [0-9][0-9_]*
          ) (u${size}?|i${size})?
        `,
        T.NumInteger,
      );
    },
    string(s) {
      s.rule(ruby`"`, T.Str, POP);
      s.rule(ruby`${escapes}`, T.StrEscape);
      s.rule(ruby.m`[^"\\]+`, T.Str);
    },
  },
});
