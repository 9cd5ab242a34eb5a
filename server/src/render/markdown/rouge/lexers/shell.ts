// Rouge 3.30's shell lexer (rouge/lexers/shell.rb, MIT: sh, bash, zsh, ksh), rule for rule.
import { POP, PUSH, RegexLexer } from '../regexLexer';
import { ruby } from '../rubyRegex';
import * as T from '../tokens';

const KEYWORDS = 'if fi else while do done for then return function select continue until esac elif in'
  .split(' ')
  .join('|');
const BUILTINS = (
  'alias bg bind break builtin caller cd command compgen complete declare dirs disown enable eval exec exit ' +
  'export false fc fg getopts hash help history jobs let local logout mapfile popd pushd pwd read readonly set ' +
  'shift shopt source suspend test time times trap true type typeset ulimit umask unalias unset wait ' +
  'cat tac nl od base32 base64 fmt pr fold head tail split csplit wc sum cksum b2sum md5sum sha1sum sha224sum ' +
  'sha256sum sha384sum sha512sum sort shuf uniq comm ptx tsort cut paste join tr expand unexpand ls dir vdir ' +
  'dircolors cp dd install mv rm shred link ln mkdir mkfifo mknod readlink rmdir unlink chown chgrp chmod touch ' +
  'df du stat sync truncate echo printf yes expr tee basename dirname pathchk mktemp realpath pwd stty printenv ' +
  'tty id logname whoami groups users who date arch nproc uname hostname hostid uptime chcon runcon chroot env ' +
  'nice nohup stdbuf timeout kill sleep factor numfmt seq tar grep sudo awk sed gzip gunzip'
)
  .split(' ')
  .join('|');

/** The word that ends the here-document being read. */
interface ShellData {
  heredoc?: string;
}

export const shell = new RegexLexer<ShellData>({
  data: () => ({}),
  states: {
    basic(s) {
      s.rule(ruby`#.*$`, T.Comment);
      s.rule(ruby`\b(${KEYWORDS})\s*\b`, T.Keyword);
      s.rule(ruby`\bcase\b`, T.Keyword, 'case');
      s.rule(ruby`\b(${BUILTINS})\s*\b(?!(\.|-))`, T.NameBuiltin);
      s.rule(ruby`[.](?=\s)`, T.NameBuiltin);
      s.rule(ruby`(\b\w+)(=)`, (l) => l.groups(T.NameVariable, T.Operator));
      s.rule(ruby`[\[\]{}()!=>]`, T.Operator);
      s.rule(ruby`&&|\|\|`, T.Operator);
      s.rule(ruby`<<<`, T.Operator);
      s.rule(ruby`(<<-?)(\s*)(['"]?)(\\?)(\w+)(\3)`, (l, m) => {
        l.groups(T.Operator, T.Text, T.StrHeredoc, T.StrHeredoc, T.NameConstant, T.StrHeredoc);
        l.data.heredoc = m[5];
        l.push('heredoc');
      });
    },
    heredoc(s) {
      s.rule(ruby`\n`, T.StrHeredoc, 'heredoc_nl');
      s.rule(ruby`[^$\n\\]+`, T.StrHeredoc);
      s.mixin('interp');
      s.rule(ruby`[$]`, T.StrHeredoc);
    },
    heredoc_nl(s) {
      s.rule(ruby`\s*(\w+)\s*\n`, (l, m) => {
        if (m[1] === l.data.heredoc) {
          l.token(T.NameConstant);
          l.pop(2);
        } else l.token(T.StrHeredoc);
      });
      s.rule(ruby``, (l) => l.pop());
    },
    double_quotes(s) {
      s.rule(ruby`(?:\$#?)?"`, T.StrDouble, POP);
      s.mixin('interp');
      s.rule(ruby`[^"\`\\$]+`, T.StrDouble);
    },
    ansi_string(s) {
      s.rule(ruby`\\.`, T.StrEscape);
      s.rule(ruby`[^\\']+`, T.StrSingle);
      s.mixin('single_quotes');
    },
    single_quotes(s) {
      s.rule(ruby`'`, T.StrSingle, POP);
      s.rule(ruby`[^']+`, T.StrSingle);
    },
    data(s) {
      s.rule(ruby`\s+`, T.Text);
      s.rule(ruby`\\.`, T.StrEscape);
      s.rule(ruby`\$?"`, T.StrDouble, 'double_quotes');
      s.rule(ruby`\$'`, T.StrSingle, 'ansi_string');
      s.rule(ruby`'`, T.StrSingle, 'single_quotes');
      s.rule(ruby`\*`, T.Keyword);
      s.rule(ruby`;`, T.Punctuation);
      s.rule(ruby`--?[\w-]+`, T.NameTag);
      s.rule(ruby`[^=\*\s{}()$"'\`;\\<]+`, T.Text);
      s.rule(ruby`\d+(?= |\Z)`, T.Num);
      s.rule(ruby`<`, T.Text);
      s.mixin('interp');
    },
    curly(s) {
      s.rule(ruby`}`, T.Keyword, POP);
      s.rule(ruby`:-`, T.Keyword);
      s.rule(ruby`[a-zA-Z0-9_]+`, T.NameVariable);
      s.rule(ruby`[^}:"\`'$]+`, T.Punctuation);
      s.mixin('root');
    },
    paren_interp(s) {
      s.rule(ruby`\)`, T.StrInterpol, POP);
      s.rule(ruby`\(`, T.Operator, 'paren_inner');
      s.mixin('root');
    },
    paren_inner(s) {
      s.rule(ruby`\(`, T.Operator, PUSH);
      s.rule(ruby`\)`, T.Operator, POP);
      s.mixin('root');
    },
    math(s) {
      s.rule(ruby`\)\)`, T.Keyword, POP);
      s.rule(ruby`[-+*/%^|&!]|\*\*|\|\|`, T.Operator);
      s.rule(ruby`\d+(#\w+)?`, T.Num);
      s.mixin('root');
    },
    case(s) {
      s.rule(ruby`\besac\b`, T.Keyword, POP);
      s.rule(ruby`\|`, T.Punctuation);
      s.rule(ruby`\)`, T.Punctuation, 'case_stanza');
      s.mixin('root');
    },
    case_stanza(s) {
      s.rule(ruby`;;`, T.Punctuation, POP);
      s.mixin('root');
    },
    backticks(s) {
      s.rule(ruby`\``, T.StrBacktick, POP);
      s.mixin('root');
    },
    interp(s) {
      s.rule(ruby`\\$`, T.StrEscape);
      s.rule(ruby`\\.`, T.StrEscape);
      s.rule(ruby`\$\(\(`, T.Keyword, 'math');
      s.rule(ruby`\$\(`, T.StrInterpol, 'paren_interp');
      s.rule(ruby`\${#?`, T.Keyword, 'curly');
      s.rule(ruby`\``, T.StrBacktick, 'backticks');
      s.rule(ruby`\$#?(\w+|.)`, T.NameVariable);
      s.rule(ruby`\$[*@]`, T.NameVariable);
    },
    root(s) {
      s.mixin('basic');
      s.mixin('data');
    },
  },
});
