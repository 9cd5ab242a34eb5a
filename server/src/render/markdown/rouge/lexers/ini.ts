// Rouge 3.30's INI lexer (rouge/lexers/ini.rb, MIT), rule for rule.
import { POP, RegexLexer } from '../regexLexer';
import { failingThroughRun, piece, ruby } from '../rubyRegex';
import * as T from '../tokens';

const identifier = piece`[\w\-.]+`;

export const ini = new RegexLexer({
  data: () => undefined,
  states: {
    basic(s) {
      s.rule(ruby`[;#].*?\n`, T.Comment);
      s.rule(ruby`\s+`, T.Text);
      s.rule(ruby`\\\n`, T.StrEscape);
    },
    root(s) {
      s.mixin('basic');
      // Each fails all along the run of name characters, or the line, where it fails.
      s.rule(failingThroughRun(ruby`(${identifier})(\s*)(=)`, ruby`${identifier}`), (l) => {
        l.groups(T.NameProperty, T.Text, T.Punctuation);
        l.push('value');
      });
      s.rule(failingThroughRun(ruby`\[.*?\]`, ruby`\[.*`), T.NameNamespace);
    },
    value(s) {
      s.rule(ruby`\n`, T.Text, POP);
      s.mixin('basic');
      s.rule(ruby`"`, T.Str, 'dq');
      s.rule(ruby`'.*?'`, T.Str);
      s.mixin('esc_str');
      s.rule(ruby`[^\\\n]+`, T.Str);
    },
    dq(s) {
      s.rule(ruby`"`, T.Str, POP);
      s.mixin('esc_str');
      s.rule(ruby.m`[^\\"]+`, T.Str);
    },
    esc_str(s) {
      s.rule(ruby.m`\\.`, T.StrEscape);
    },
  },
});
