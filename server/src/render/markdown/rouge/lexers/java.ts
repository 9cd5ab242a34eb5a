// Rouge 3.30's Java lexer (rouge/lexers/java.rb, MIT), rule for rule.
import { POP, RegexLexer } from '../regexLexer';
import { failingThroughRun, piece, ruby } from '../rubyRegex';
import * as T from '../tokens';

const KEYWORDS =
  'assert break case catch continue default do else finally for if goto instanceof new return switch this throw try while';
const DECLARATIONS =
  'abstract const enum extends final implements native private protected public static strictfp super synchronized throws transient volatile';
const TYPES = 'boolean byte char double float int long short var void';
const alternatives = (words: string) => words.split(' ').join('|');

const id = piece`[[:alpha:]_][[:word:]]*`;
const constName = piece`[[:upper:]][[:upper:][:digit:]_]*\b`;
const className = piece`[[:upper:]][[:alnum:]]*\b`;

const digit = piece`[0-9]_+[0-9]|[0-9]`;
const binDigit = piece`[01]_+[01]|[01]`;
const octDigit = piece`[0-7]_+[0-7]|[0-7]`;
const hexDigit = piece.i`[0-9a-f]_+[0-9a-f]|[0-9a-f]`;

export const java = new RegexLexer({
  data: () => undefined,
  states: {
    root(s) {
      s.rule(ruby`[^\S\n]+`, T.Text);
      s.rule(ruby`//.*?$`, T.CommentSingle);
      s.rule(ruby.m`/\*.*?\*/`, T.CommentMultiline);
      // keywords before method names, or "throw new XYZ" would read as a method signature
      s.rule(ruby`(?:${alternatives(KEYWORDS)})\b`, T.Keyword);
      // Where this fails, it fails at every later start in the same run of words and spaces: not tried there.
      s.rule(
        failingThroughRun(
          ruby.mx`
            (\s*(?:[a-zA-Z_][a-zA-Z0-9_.\[\]<>]*\s+)+?) # return arguments
            ([a-zA-Z_][a-zA-Z0-9_]*)                  # method name
            (\s*)(\()                                 # signature start
          `,
          ruby`\s*(?:[a-zA-Z_][a-zA-Z0-9_.\[\]<>]*\s+)*`,
        ),
        (l, m) => {
          l.recurse(m[1]);
          l.token(T.NameFunction, m[2]);
          l.token(T.Text, m[3]);
          l.token(T.Operator, m[4]);
        },
      );
      s.rule(ruby`@${id}`, T.NameDecorator);
      s.rule(ruby`(?:${alternatives(DECLARATIONS)})\b`, T.KeywordDeclaration);
      s.rule(ruby`(?:${alternatives(TYPES)})\b`, T.KeywordType);
      s.rule(ruby`(?:true|false|null)\b`, T.KeywordConstant);
      s.rule(ruby`(?:class|interface)\b`, T.KeywordDeclaration, 'class');
      s.rule(ruby`(?:import|package)\b`, T.KeywordNamespace, 'import');
      s.rule(ruby`"(\\\\|\\"|[^"])*"`, T.Str);
      s.rule(ruby`'(?:\\.|[^\\]|\\u[0-9a-f]{4})'`, T.StrChar);
      s.rule(ruby`(\.)(${id})`, (l) => l.groups(T.Operator, T.NameAttribute));
      s.rule(ruby`${id}:`, T.NameLabel);
      s.rule(ruby`${constName}`, T.NameConstant);
      s.rule(ruby`${className}`, T.NameClass);
      s.rule(ruby`\$?${id}`, T.Name);
      s.rule(ruby`[~^*!%&\[\](){}<>\|+=:;,.\/?-]`, T.Operator);
      s.rule(ruby`${digit}+\.${digit}+([eE]${digit}+)?[fd]?`, T.NumFloat);
      s.rule(ruby.i`0b${binDigit}+`, T.NumBin);
      s.rule(ruby.i`0x${hexDigit}+`, T.NumHex);
      s.rule(ruby`0${octDigit}+`, T.NumOct);
      s.rule(ruby`${digit}+L?`, T.NumInteger);
      s.rule(ruby`\n`, T.Text);
    },
    class(s) {
      s.rule(ruby.m`\s+`, T.Text);
      s.rule(ruby`${id}`, T.NameClass, POP);
    },
    import(s) {
      s.rule(ruby.m`\s+`, T.Text);
      s.rule(ruby.i`[a-z0-9_.]+\*?`, T.NameNamespace, POP);
    },
  },
});
