// Rouge 3.30's Ruby lexer (rouge/lexers/ruby.rb, MIT), rule for rule: %-strings get a state made for their
// delimiters, and heredocs are read after the line that opens them, in the order they were opened.
import { POP, RegexLexer, type Lexing, type StateRules } from '../regexLexer';
import { rstrip, strip } from '../../../../core/rubyStrings';
import { piece, ruby } from '../rubyRegex';
import * as T from '../tokens';

const KEYWORDS =
  'BEGIN END alias begin break case defined\\? do else elsif end ensure for if in next redo rescue raise retry return super then undef unless until when while yield';
const KEYWORDS_PSEUDO =
  'loop include extend raise alias_method attr catch throw private module_function public protected true false nil __FILE__ __LINE__';
const BUILTINS_G =
  'attr_reader attr_writer attr_accessor __id__ __send__ abort ancestors at_exit autoload binding callcc caller catch chomp chop class_eval class_variables clone const_defined\\? const_get const_missing const_set constants display dup eval exec exit extend fail fork format freeze getc gets global_variables gsub hash id included_modules inspect instance_eval instance_method instance_methods instance_variable_get instance_variable_set instance_variables lambda load local_variables loop method method_missing methods module_eval name object_id open p print printf private_class_method private_instance_methods private_methods proc protected_instance_methods protected_methods public_class_method public_instance_methods public_methods putc puts raise rand readline readlines require require_relative scan select self send set_trace_func singleton_methods sleep split sprintf srand sub syscall system taint test throw to_a to_s trace_var trap untaint untrace_var warn';
const BUILTINS_Q =
  'autoload block_given const_defined eql equal frozen include instance_of is_a iterator kind_of method_defined nil private_method_defined protected_method_defined public_method_defined respond_to tainted';
const BUILTINS_B = 'chomp chop exit gsub sub';
const alternatives = (words: string) => words.split(' ').join('|');

/** Heredocs opened on the current line and not yet read: whether the end may be indented, and the end's name. */
type Heredocs = [tolerant: boolean, name: string][];

const SIGIL_CLOSERS: Record<string, string> = { '{': '}', '[': ']', '(': ')', '<': '>' };

/** Ruby's `Regexp.escape` of one character. */
function regexpEscape(char: string): string {
  const escaped: Record<string, string> = {
    '\n': '\\n',
    '\t': '\\t',
    '\r': '\\r',
    '\f': '\\f',
    '\v': '\\v',
    ' ': '\\ ',
  };
  return escaped[char] ?? (/[.*?+^$|\\()[\]{}\-#]/.test(char) ? `\\${char}` : char);
}

/** The state of a %-string: its delimiters, whether it interpolates, and its token type (Rouge's `push do … end`). */
function sigilString(open: string, close: string, interpolates: boolean, type: string) {
  return (s: StateRules<Heredocs>) => {
    const uniqueChars = open === close && open === '\\#' ? '' : squeeze(open + close);
    s.rule(ruby`\\[#${uniqueChars}\\]`, T.StrEscape);
    if (open !== close)
      s.rule(ruby`${open}`, (l) => {
        l.token(type);
        l.push();
      });
    s.rule(ruby`${close}`, type, POP);
    if (interpolates) {
      s.mixin('string_intp_escaped');
      s.rule(ruby`#`, type);
    } else s.rule(ruby`[\\#]`, type);
    s.rule(ruby.m`[^#${uniqueChars}\\]+`, type);
  };
}

/** Ruby's `squeeze`: runs of one character made one. */
function squeeze(text: string): string {
  return text.replace(/(.)\1+/gsu, '$1');
}

function heredocOpened(l: Lexing<Heredocs>, operator: string, name: string, written: string): void {
  l.token(T.Operator, operator);
  l.token(T.NameConstant, written);
  l.data.push([operator === '<<-' || operator === '<<~', name]);
  if (!l.inState('heredoc_queue')) l.push('heredoc_queue');
}

const decimal = piece`[\d]+(?:_\d+)*`;
const exponent = piece.i`e[+-]?\d+`;

export const rubyLexer = new RegexLexer<Heredocs>({
  data: () => [],
  start: (l) => l.push('expr_start'),
  states: {
    symbols(s) {
      s.rule(
        ruby.xi`
          :  # initial :
          @{0,2} # optional ivar, for :@foo and :@@foo
          [a-z_]\w*[!?]? # the symbol
        `,
        T.StrSymbol,
      );
      s.rule(ruby`:(?:\*\*|[-+]@|[/\%&\|^\`~]|\[\]=?|<<|>>|<=?>|<=?|===?)`, T.StrSymbol);
      s.rule(ruby`:'(\\\\|\\'|[^'])*'`, T.StrSymbol);
      s.rule(ruby`:"`, T.StrSymbol, 'simple_sym');
    },
    sigil_strings(s) {
      s.rule(ruby`%([rqswQWxiI])?([^\w\s])`, (l, m) => {
        const kind = m[1] ?? '';
        const open = regexpEscape(m[2]);
        const close = regexpEscape(SIGIL_CLOSERS[m[2]] ?? m[2]);
        const interpolates = /[rQWxI]/.test(kind);
        const type = kind === 'r' ? T.StrRegex : T.StrOther;
        if (kind === 'r') l.push('regex_flags');
        l.token(type);
        l.pushMade(`sigil ${open} ${close} ${interpolates} ${type}`, sigilString(open, close, interpolates, type));
      });
    },
    strings(s) {
      s.mixin('symbols');
      s.rule(ruby`\b[a-z_]\w*?[?!]?:\s+`, T.StrSymbol, 'expr_start');
      s.rule(ruby`'(\\\\|\\'|[^'])*'`, T.StrSingle);
      s.rule(ruby`"`, T.StrDouble, 'simple_string');
      s.rule(ruby`(?<!\.)\``, T.StrBacktick, 'simple_backtick');
    },
    regex_flags(s) {
      s.rule(ruby`[mixounse]*`, T.StrRegex, POP);
    },
    simple_string(s) {
      s.mixin('string_intp_escaped');
      s.rule(ruby.m`[^\\"#]+`, T.StrDouble);
      s.rule(ruby`[\\#]`, T.StrDouble);
      s.rule(ruby`"`, T.StrDouble, POP);
    },
    simple_sym(s) {
      s.mixin('string_intp_escaped');
      s.rule(ruby.m`[^\\"#]+`, T.StrSymbol);
      s.rule(ruby`[\\#]`, T.StrSymbol);
      s.rule(ruby`"`, T.StrSymbol, POP);
    },
    simple_backtick(s) {
      s.mixin('string_intp_escaped');
      s.rule(ruby.m`[^\\\`#]+`, T.StrBacktick);
      s.rule(ruby`[\\#]`, T.StrBacktick);
      s.rule(ruby`\``, T.StrBacktick, POP);
    },
    whitespace(s) {
      s.mixin('inline_whitespace');
      s.rule(ruby.m`\n\s*`, T.Text, 'expr_start');
      s.rule(ruby`#.*$`, T.CommentSingle);
      s.rule(ruby.m`=begin\b.*?\n=end\b`, T.CommentMultiline);
    },
    inline_whitespace(s) {
      s.rule(ruby`[ \t\r]+`, T.Text);
    },
    root(s) {
      s.mixin('whitespace');
      s.rule(ruby`__END__`, T.CommentPreproc, 'end_part');
      s.rule(ruby`0_?[0-7]+(?:_[0-7]+)*`, T.NumOct);
      s.rule(ruby`0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*`, T.NumHex);
      s.rule(ruby`0b[01]+(?:_[01]+)*`, T.NumBin);
      s.rule(ruby`${decimal}(?:\.${decimal}${exponent}?|${exponent})`, T.NumFloat);
      s.rule(ruby`${decimal}`, T.NumInteger);
      s.rule(ruby.i`@@[a-z_]\w*`, T.NameVariableClass);
      s.rule(ruby.i`@[a-z_]\w*`, T.NameVariableInstance);
      s.rule(ruby`\$\w+`, T.NameVariableGlobal);
      s.rule(ruby`\$[!@&\`'+~=/\\,;.<>_*\$?:"]`, T.NameVariableGlobal);
      s.rule(ruby`\$-[0adFiIlpvw]`, T.NameVariableGlobal);
      s.rule(ruby`::`, T.Operator);
      s.mixin('strings');
      s.rule(ruby`(?:${alternatives(KEYWORDS)})(?=\W|$)`, T.Keyword, 'expr_start');
      s.rule(ruby`(?:${alternatives(KEYWORDS_PSEUDO)})\b`, T.KeywordPseudo, 'expr_start');
      s.rule(
        ruby.x`
          (module)
          (\s+)
          ([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)
        `,
        (l) => l.groups(T.Keyword, T.Text, T.NameNamespace),
      );
      s.rule(ruby`(def\b)(\s*)`, (l) => {
        l.groups(T.Keyword, T.Text);
        l.push('funcname');
      });
      s.rule(ruby`(class\b)(\s*)`, (l) => {
        l.groups(T.Keyword, T.Text);
        l.push('classname');
      });
      s.rule(ruby`(?:${alternatives(BUILTINS_Q)})[?]`, T.NameBuiltin, 'expr_start');
      s.rule(ruby`(?:${alternatives(BUILTINS_B)})!`, T.NameBuiltin, 'expr_start');
      s.rule(ruby`(?<!\.)(?:${alternatives(BUILTINS_G)})\b`, T.NameBuiltin, 'method_call');
      s.mixin('has_heredocs');
      // `..` and `...` for ranges before `.`, which starts a method call.
      s.rule(ruby`\.{2,3}`, T.Operator, 'expr_start');
      s.rule(ruby`[A-Z][a-zA-Z0-9_]*`, T.NameConstant, 'method_call');
      s.rule(ruby`(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^\`~+-\/\[<>=])`, (l) => {
        l.groups(T.Punctuation, T.Text, T.NameFunction);
        l.push('method_call');
      });
      s.rule(ruby`[a-zA-Z_]\w*[?!]`, T.Name, 'expr_start');
      s.rule(ruby`[a-zA-Z_]\w*`, T.Name, 'method_call');
      s.rule(ruby`\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\.`, T.Operator, 'expr_start');
      s.rule(ruby`[-+\/*%=<>&!^|~]=?`, T.Operator, 'expr_start');
      s.rule(ruby`[?]`, (l) => {
        l.token(T.Punctuation);
        l.push('ternary');
        l.push('expr_start');
      });
      s.rule(ruby`[\[({,:\\;/]`, T.Punctuation, 'expr_start');
      s.rule(ruby`[\])}]`, T.Punctuation);
    },
    has_heredocs(s) {
      s.rule(ruby`(?<!\w)(<<[-~]?)(["\`']?)([a-zA-Z_]\w*)(\2)`, (l, m) =>
        heredocOpened(l, m[1], m[3], `${m[2]}${m[3]}${m[4]}`),
      );
      s.rule(ruby`(<<[-~]?)(["'])(\2)`, (l, m) => heredocOpened(l, m[1], '', `${m[2]}${m[3]}`));
    },
    heredoc_queue(s) {
      s.rule(ruby`(?=\n)`, (l) => l.goto('resolve_heredocs'));
      s.mixin('root');
    },
    resolve_heredocs(s) {
      s.mixin('string_intp_escaped');
      s.rule(ruby`\n`, T.StrHeredoc, 'test_heredoc');
      s.rule(ruby`[#\\\n]`, T.StrHeredoc);
      s.rule(ruby`[^#\\\n]+`, T.StrHeredoc);
    },
    test_heredoc(s) {
      s.rule(ruby`[^#\\\n]*$`, (l, m) => {
        const [tolerant, name] = l.data[0] ?? [false, undefined];
        const check = tolerant ? strip(m[0]) : rstrip(m[0]);
        if (check === name) {
          l.data.shift();
          if (!l.data.length) l.pop();
          l.token(T.NameConstant);
        } else l.token(T.StrHeredoc);
        l.pop();
      });
      s.rule(ruby``, (l) => l.pop());
    },
    funcname(s) {
      s.rule(ruby`\s+`, T.Text);
      s.rule(ruby`\(`, T.Punctuation, 'defexpr');
      s.rule(
        ruby.x`
          (?:([a-zA-Z_]\w*)(\.))?
          (
            [a-zA-Z_]\w*[!?]? |
            \*\*? | [-+]@? | [/%&\|^\`~] | \[\]=? |
            <<? | >>? | <=>? | >= | ===?
          )
        `,
        (l) => {
          l.groups(T.NameClass, T.Operator, T.NameFunction);
          l.pop();
        },
      );
      s.rule(ruby``, (l) => l.pop());
    },
    classname(s) {
      s.rule(ruby`\s+`, T.Text);
      s.rule(ruby`\w+(::\w+)+`, T.NameClass);
      s.rule(ruby`\(`, (l) => {
        l.token(T.Punctuation);
        l.push('defexpr');
        l.push('expr_start');
      });
      // class << expr
      s.rule(ruby`<<`, (l) => {
        l.token(T.Operator);
        l.goto('expr_start');
      });
      s.rule(ruby`[A-Z_]\w*`, T.NameClass, POP);
      s.rule(ruby``, (l) => l.pop());
    },
    ternary(s) {
      s.rule(ruby`(:)(\s+)`, (l) => {
        l.groups(T.Punctuation, T.Text);
        l.goto('expr_start');
      });
      s.rule(ruby`:(?![^#\n]*?[:\\])`, (l) => {
        l.token(T.Punctuation);
        l.goto('expr_start');
      });
      s.mixin('root');
    },
    defexpr(s) {
      s.rule(ruby`(\))(\.|::)?`, (l) => {
        l.groups(T.Punctuation, T.Operator);
        l.pop();
      });
      s.rule(ruby`\(`, (l) => {
        l.token(T.Punctuation);
        l.push('defexpr');
        l.push('expr_start');
      });
      s.mixin('root');
    },
    in_interp(s) {
      s.rule(ruby`}`, T.StrInterpol, POP);
      s.mixin('root');
    },
    string_intp(s) {
      s.rule(ruby`[#][{]`, T.StrInterpol, 'in_interp');
      s.rule(ruby.i`#(@@?|\$)[a-z_]\w*`, T.StrInterpol);
    },
    string_intp_escaped(s) {
      s.mixin('string_intp');
      s.rule(ruby`\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})`, T.StrEscape);
      s.rule(ruby`\\.`, T.StrEscape);
    },
    method_call(s) {
      s.rule(ruby`/|%`, (l) => {
        l.token(T.Operator);
        l.goto('expr_start');
      });
      s.rule(ruby`(?=\n)`, (l) => l.pop());
      s.rule(ruby``, (l) => l.goto('method_call_spaced'));
    },
    method_call_spaced(s) {
      s.mixin('whitespace');
      s.rule(ruby`[%/]=`, (l) => {
        l.token(T.Operator);
        l.goto('expr_start');
      });
      s.rule(ruby`(/)(?=\S|\s*/)`, (l) => {
        l.token(T.StrRegex);
        l.goto('slash_regex');
      });
      s.mixin('sigil_strings');
      s.rule(ruby`(?=\s*/)`, (l) => l.pop());
      s.rule(ruby`\s+`, (l) => {
        l.token(T.Text);
        l.goto('expr_start');
      });
      s.rule(ruby``, (l) => l.pop());
    },
    expr_start(s) {
      s.mixin('inline_whitespace');
      s.rule(ruby`/`, (l) => {
        l.token(T.StrRegex);
        l.goto('slash_regex');
      });
      // ?x is the string "x", unless a digit comes before it, as in x>=0?n[x]:""
      s.rule(
        ruby.x`
          [?](\\[MC]-)*     # modifiers
          (\\([\\abefnrstv\#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)
          (?!\w)
        `,
        T.StrChar,
        POP,
      );
      // A single space as the delimiter: Ruby wants these on one line.
      s.rule(ruby`(\s*)(%[rqswQWxiI]? \S* )`, (l) => {
        l.groups(T.Text, T.StrOther);
        l.pop();
      });
      s.mixin('sigil_strings');
      s.rule(ruby``, (l) => l.pop());
    },
    slash_regex(s) {
      s.mixin('string_intp');
      s.rule(ruby`\\\\`, T.StrRegex);
      s.rule(ruby`\\/`, T.StrRegex);
      s.rule(ruby`[\\#]`, T.StrRegex);
      s.rule(ruby.m`[^\\/#]+`, T.StrRegex);
      s.rule(ruby`/`, (l) => {
        l.token(T.StrRegex);
        l.goto('regex_flags');
      });
    },
    end_part(s) {
      // The rest of the text is data.
      s.rule(ruby.m`.+`, T.CommentPreproc, POP);
    },
  },
});
