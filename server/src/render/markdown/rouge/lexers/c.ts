// Rouge 3.30's C and C++ lexers (rouge/lexers/c.rb and cpp.rb, MIT), rule for rule: C++ is C with more words, a few
// rules put first and states of its own.
import { POP, RegexLexer, type StateRules } from '../regexLexer';
import { failingThroughRun, piece, ruby } from '../rubyRegex';
import * as T from '../tokens';

const words = (text: string) => text.split(' ');

const C_WORDS = {
  keywords: words(
    'auto break case const continue default do else enum extern for goto if register restricted return sizeof static struct switch typedef union volatile virtual while _Alignas _Alignof _Atomic _Generic _Imaginary _Noreturn _Static_assert _Thread_local',
  ),
  keywordsType: words(
    'int long float short double char unsigned signed void jmp_buf FILE DIR div_t ldiv_t mbstate_t sig_atomic_t fpos_t clock_t time_t va_list size_t ssize_t off_t wchar_t ptrdiff_t wctrans_t wint_t wctype_t _Bool _Complex int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t int_least8_t int_least16_t int_least32_t int_least64_t uint_least8_t uint_least16_t uint_least32_t uint_least64_t int_fast8_t int_fast16_t int_fast32_t int_fast64_t uint_fast8_t uint_fast16_t uint_fast32_t uint_fast64_t intptr_t uintptr_t intmax_t uintmax_t char16_t char32_t',
  ),
  reserved: words(
    '__asm __int8 __based __except __int16 __stdcall __cdecl __fastcall __int32 __declspec __finally __int61 __try __leave inline _inline __inline naked _naked __naked restrict _restrict __restrict thread _thread __thread typename _typename __typename',
  ),
};

const CPP_WORDS = {
  keywords: [
    ...C_WORDS.keywords,
    ...words(
      'asm auto catch char8_t concept consteval constexpr constinit const_cast co_await co_return co_yield delete dynamic_cast explicit export friend mutable namespace new operator private protected public reinterpret_cast requires restrict size_of static_cast this throw throws typeid typename using virtual final override alignas alignof decltype noexcept static_assert thread_local try',
    ),
  ],
  keywordsType: [...C_WORDS.keywordsType, 'bool'],
  reserved: [
    ...C_WORDS.reserved,
    ...words('__virtual_inheritance __uuidof __super __single_inheritance __multiple_inheritance __interface __event'),
  ],
};

type States = Record<string, (rules: StateRules<undefined>) => void>;

const ws = piece`(?:\s|//.*?\n|/[*].*?[*]/)+`;
const id = piece`[a-zA-Z_][a-zA-Z0-9_]*`;

function cLike(wordLists: typeof C_WORDS, prepended: Partial<States>, own: States) {
  const [keywords, keywordsType, reserved] = [wordLists.keywords, wordLists.keywordsType, wordLists.reserved].map(
    (list) => new Set(list),
  );
  const states: States = {
    expr_bol(s) {
      s.mixin('inline_whitespace');
      s.rule(ruby`#if\s0`, T.Comment, 'if_0');
      s.rule(ruby`#`, T.CommentPreproc, 'macro');
      s.rule(ruby``, (l) => l.pop());
    },
    bol(s) {
      s.rule(ruby`${id}:(?!:)`, T.NameLabel);
      s.mixin('expr_bol');
    },
    inline_whitespace(s) {
      s.rule(ruby`[ \t\r]+`, T.Text);
      s.rule(ruby`\\\n`, T.Text);
      s.rule(ruby.m`/(\\\n)?[*].*?[*](\\\n)?/`, T.CommentMultiline);
    },
    whitespace(s) {
      s.rule(ruby.m`\n+`, T.Text, 'bol');
      s.rule(ruby`//(\\.|.)*?$`, T.CommentSingle, 'bol');
      s.mixin('inline_whitespace');
    },
    expr_whitespace(s) {
      s.rule(ruby.m`\n+`, T.Text, 'expr_bol');
      s.mixin('whitespace');
    },
    statements(s) {
      prepended.statements?.(s);
      s.mixin('whitespace');
      s.rule(ruby`(u8|u|U|L)?"`, T.Str, 'string');
      s.rule(ruby.i`(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'`, T.StrChar);
      s.rule(ruby.i`(\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*`, T.NumFloat);
      s.rule(ruby.i`\d+e[+-]?\d+[lu]*`, T.NumFloat);
      s.rule(ruby.i`0x[0-9a-f]+[lu]*`, T.NumHex);
      s.rule(ruby.i`0[0-7]+[lu]*`, T.NumOct);
      s.rule(ruby.i`\d+[lu]*`, T.NumInteger);
      s.rule(ruby`\*/`, T.Error);
      s.rule(ruby`[~!%^&*+=\|?:<>/-]`, T.Operator);
      s.rule(ruby`[()\[\],.;]`, T.Punctuation);
      s.rule(ruby`\bcase\b`, T.Keyword, 'case');
      s.rule(ruby`(?:true|false|NULL)\b`, T.NameBuiltin);
      s.rule(ruby`${id}`, (l, m) => {
        const name = m[0];
        if (keywords.has(name)) l.token(T.Keyword);
        else if (keywordsType.has(name)) l.token(T.KeywordType);
        else if (reserved.has(name)) l.token(T.KeywordReserved);
        else l.token(T.Name);
      });
    },
    case(s) {
      s.rule(ruby`:`, T.Punctuation, POP);
      s.mixin('statements');
    },
    root(s) {
      prepended.root?.(s);
      s.mixin('expr_whitespace');
      s.rule(
        failingThroughRun(
          ruby.mx`
            ([\w*\s]+?[\s*]) # return arguments
            (${id})          # function name
            (\s*\([^;]*?\))  # signature
            (${ws}?)({|;)    # open brace or semicolon
          `,
          ruby`[\w*\s]+`,
        ),
        (l, m) => {
          l.recurse(m[1]);
          l.token(T.NameFunction, m[2]);
          l.recurse(m[3]);
          l.recurse(m[4]);
          l.token(T.Punctuation, m[5]);
          if (m[5] === '{') l.push('function');
        },
      );
      s.rule(ruby`\{`, T.Punctuation, 'function');
      s.mixin('statements');
    },
    function(s) {
      s.mixin('whitespace');
      s.mixin('statements');
      s.rule(ruby`;`, T.Punctuation);
      s.rule(ruby`{`, T.Punctuation, 'function');
      s.rule(ruby`}`, T.Punctuation, POP);
    },
    string(s) {
      s.rule(ruby`"`, T.Str, POP);
      s.rule(ruby`\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})`, T.StrEscape);
      s.rule(ruby`[^\\"\n]+`, T.Str);
      s.rule(ruby`\\\n`, T.Str);
      s.rule(ruby`\\`, T.Str);
    },
    macro(s) {
      s.mixin('include');
      s.rule(ruby`[^/\n\\]+`, T.CommentPreproc);
      s.rule(ruby.m`\\.`, T.CommentPreproc);
      s.mixin('inline_whitespace');
      s.rule(ruby`/`, T.CommentPreproc);
      s.rule(ruby`\n`, T.CommentPreproc, POP);
    },
    include(s) {
      s.rule(ruby`(include)(\s*)(<[^>]+>)([^\n]*)`, (l) =>
        l.groups(T.CommentPreproc, T.Text, T.CommentPreprocFile, T.CommentSingle),
      );
      s.rule(ruby`(include)(\s*)("[^"]+")([^\n]*)`, (l) =>
        l.groups(T.CommentPreproc, T.Text, T.CommentPreprocFile, T.CommentSingle),
      );
    },
    if_0(s) {
      s.rule(ruby`^\s*#if`, T.Comment, 'if_0');
      s.rule(ruby`^\s*#\s*el(?:se|if)`, T.Comment, POP);
      s.rule(ruby.m`^\s*#\s*endif\b.*?(?<!\\)\n`, T.Comment, POP);
      s.rule(ruby`.*?\n`, T.Comment);
    },
    ...own,
  };
  return new RegexLexer({ data: () => undefined, start: (l) => l.push('bol'), states });
}

export const c = cLike(C_WORDS, {}, {});

/** Digits with optional inner quotes. */
const dq = piece`\d('?\d)*`;

export const cpp = cLike(
  CPP_WORDS,
  {
    root(s) {
      s.rule(ruby`(?:__offload|__blockingoffload|__outer)\b`, T.KeywordPseudo);
    },
    statements(s) {
      s.rule(ruby`(class|struct)\b`, T.Keyword, 'classname');
      s.rule(ruby`template\b`, T.Keyword, 'template');
      s.rule(ruby`${dq}(\.${dq})?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\b`, T.NumOther);
      s.rule(ruby.i`(${dq}[.]${dq}?|[.]${dq})(e[+-]?${dq}[lu]*)?`, T.NumFloat);
      s.rule(ruby.i`${dq}e[+-]?${dq}[lu]*`, T.NumFloat);
      s.rule(ruby.i`0x\h('?\h)*[lu]*`, T.NumHex);
      s.rule(ruby`0b[01]+('[01]+)*`, T.NumBin);
      s.rule(ruby.i`0[0-7]('?[0-7])*[lu]*`, T.NumOct);
      s.rule(ruby.i`${dq}[lu]*`, T.NumInteger);
      s.rule(ruby`\bnullptr\b`, T.NameBuiltin);
      s.rule(ruby.m`(?:u8|u|U|L)?R"([a-zA-Z0-9_{}\[\]#<>%:;.?*\+\-\/\^&|~!=,"']{,16})\(.*?\)\1"`, T.Str);
      s.rule(ruby`(::|<=>)`, T.Operator);
      s.rule(ruby`[{}]`, T.Punctuation);
    },
  },
  {
    classname(s) {
      s.rule(ruby`${id}`, T.NameClass, POP);
      s.mixin('whitespace');
      s.rule(ruby`[.]{3}`, T.Operator);
      s.rule(ruby`,`, T.Punctuation, POP);
      s.rule(ruby``, (l) => l.pop());
    },
    template(s) {
      s.rule(ruby`[>;]`, T.Punctuation, POP);
      s.rule(ruby`typename\b`, T.Keyword, 'classname');
      s.mixin('statements');
    },
    case(s) {
      s.rule(ruby`:(?!:)`, T.Punctuation, POP);
      s.mixin('statements');
    },
  },
);
