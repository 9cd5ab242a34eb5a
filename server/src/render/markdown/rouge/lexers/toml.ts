// Rouge 3.30's TOML lexer (rouge/lexers/toml.rb, MIT), rule for rule.
import { POP, RegexLexer } from '../regexLexer';
import { piece, ruby } from '../rubyRegex';
import * as T from '../tokens';

const identifier = piece`(?:\S+|"[^"]+"|'[^']+')`;

export const toml = new RegexLexer({
  data: () => undefined,
  states: {
    basic(s) {
      s.rule(ruby`\s+`, T.Text);
      s.rule(ruby`#.*?$`, T.Comment);
      s.rule(ruby`(true|false)`, T.KeywordConstant);
      s.rule(ruby`(${identifier})(\s*)(=)(\s*)(\{)`, (l) => {
        l.groups(T.NameNamespace, T.Text, T.Operator, T.Text, T.Punctuation);
        l.push('inline');
      });
      s.rule(ruby`(?<!=)\s*\[[\S]+\]`, T.NameNamespace);
      s.rule(ruby`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z`, T.LiteralDate);
      s.rule(ruby`[+-]?\d+(?:_\d+)*\.\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?`, T.NumFloat);
      s.rule(ruby`[+-]?\d+(?:_\d+)*[eE][+-]?\d+(?:_\d+)*`, T.NumFloat);
      s.rule(ruby`[+-]?(?:nan|inf)`, T.NumFloat);
      s.rule(ruby`0x\h+(?:_\h+)*`, T.NumHex);
      s.rule(ruby`0o[0-7]+(?:_[0-7]+)*`, T.NumOct);
      s.rule(ruby`0b[01]+(?:_[01]+)*`, T.NumBin);
      s.rule(ruby`[+-]?\d+(?:_\d+)*`, T.NumInteger);
    },
    root(s) {
      s.mixin('basic');
      s.rule(ruby`(${identifier})(\s*)(=)`, (l) => {
        l.groups(T.NameProperty, T.Text, T.Punctuation);
        l.push('value');
      });
    },
    value(s) {
      s.rule(ruby`\n`, T.Text, POP);
      s.mixin('content');
    },
    content(s) {
      s.mixin('basic');
      s.rule(ruby`(${identifier})(\s*)(=)`, (l) => l.groups(T.NameProperty, T.Text, T.Punctuation));
      s.rule(ruby`"""`, T.Str, 'mdq');
      s.rule(ruby`"`, T.Str, 'dq');
      s.rule(ruby`'''`, T.Str, 'msq');
      s.rule(ruby`'`, T.Str, 'sq');
      s.mixin('esc_str');
      s.rule(ruby`\,`, T.Punctuation);
      s.rule(ruby`\[`, T.Punctuation, 'array');
    },
    dq(s) {
      s.rule(ruby`"`, T.Str, POP);
      s.rule(ruby`\n`, T.Error, POP);
      s.mixin('esc_str');
      s.rule(ruby`[^\\"\n]+`, T.Str);
    },
    mdq(s) {
      s.rule(ruby`"""`, T.Str, POP);
      s.mixin('esc_str');
      s.rule(ruby`[^\\"]+`, T.Str);
      s.rule(ruby`"+`, T.Str);
    },
    sq(s) {
      s.rule(ruby`'`, T.Str, POP);
      s.rule(ruby`\n`, T.Error, POP);
      s.rule(ruby`[^'\n]+`, T.Str);
    },
    msq(s) {
      s.rule(ruby`'''`, T.Str, POP);
      s.rule(ruby`[^']+`, T.Str);
      s.rule(ruby`'+`, T.Str);
    },
    esc_str(s) {
      s.rule(ruby`\\[0t\tn\n "\\r]`, T.StrEscape);
    },
    array(s) {
      s.mixin('content');
      s.rule(ruby`\]`, T.Punctuation, POP);
    },
    inline(s) {
      s.mixin('content');
      s.rule(ruby`\}`, T.Punctuation, POP);
    },
  },
});
