// Rouge 3.30's JSON lexer (rouge/lexers/json.rb, MIT), rule for rule.
import { POP, RegexLexer } from '../regexLexer';
import { ruby } from '../rubyRegex';
import * as T from '../tokens';

export const json = new RegexLexer({
  data: () => undefined,
  states: {
    whitespace(s) {
      s.rule(ruby`\s+`, T.Whitespace);
    },
    root(s) {
      s.mixin('whitespace');
      s.rule(ruby`{`, T.Punctuation, 'object');
      s.rule(ruby`\[`, T.Punctuation, 'array');
      s.mixin('name');
      s.mixin('value');
      s.rule(ruby`[\]}]`, T.Punctuation);
    },
    object(s) {
      s.mixin('whitespace');
      s.mixin('name');
      s.mixin('value');
      s.rule(ruby`}`, T.Punctuation, POP);
      s.rule(ruby`,`, T.Punctuation);
    },
    name(s) {
      s.rule(ruby`("(?:\\.|[^"\\\n])*?")(\s*)(:)`, (l) => l.groups(T.NameLabel, T.Whitespace, T.Punctuation));
    },
    value(s) {
      s.mixin('whitespace');
      s.mixin('constants');
      s.rule(ruby`"`, T.StrDouble, 'string');
      s.rule(ruby`\[`, T.Punctuation, 'array');
      s.rule(ruby`{`, T.Punctuation, 'object');
    },
    string(s) {
      s.rule(ruby`[^\\"]+`, T.StrDouble);
      s.rule(ruby`\\.`, T.StrEscape);
      s.rule(ruby`"`, T.StrDouble, POP);
    },
    array(s) {
      s.mixin('value');
      s.rule(ruby`\]`, T.Punctuation, POP);
      s.rule(ruby`,`, T.Punctuation);
    },
    constants(s) {
      s.rule(ruby`(?:true|false|null)`, T.KeywordConstant);
      s.rule(ruby.i`-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?`, T.NumFloat);
      s.rule(ruby.i`-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?`, T.NumInteger);
    },
  },
});
