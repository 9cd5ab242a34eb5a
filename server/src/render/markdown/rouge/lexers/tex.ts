// Rouge 3.30's TeX lexer (rouge/lexers/tex.rb, MIT), rule for rule.
import { POP, RegexLexer } from '../regexLexer';
import { piece, ruby } from '../rubyRegex';
import * as T from '../tokens';

const command = piece.i`\\([a-z]+|\s+|.)`;

export const tex = new RegexLexer({
  data: () => undefined,
  states: {
    general(s) {
      s.rule(ruby`%.*$`, T.Comment);
      s.rule(ruby`[{}&_^]`, T.Punctuation);
    },
    root(s) {
      s.rule(ruby`\\\[`, T.Punctuation, 'displaymath');
      s.rule(ruby`\\\(`, T.Punctuation, 'inlinemath');
      s.rule(ruby`\$\$`, T.Punctuation, 'displaymath');
      s.rule(ruby`\$`, T.Punctuation, 'inlinemath');
      s.rule(ruby`\\(begin|end)\{.*?\}`, T.NameTag);
      s.rule(ruby`(\\verb)\b(\S)(.*?)(\2)`, (l) =>
        l.groups(T.NameBuiltin, T.KeywordPseudo, T.StrOther, T.KeywordPseudo),
      );
      s.rule(ruby.i`${command}`, T.Keyword, 'command');
      s.mixin('general');
      s.rule(ruby`[^\\$%&_^{}]+`, T.Text);
    },
    math(s) {
      s.rule(ruby.i`${command}`, T.NameVariable);
      s.mixin('general');
      s.rule(ruby`[0-9]+`, T.Num);
      s.rule(ruby`[-=!+*\/()\[\]]`, T.Operator);
      s.rule(ruby`[^=!+*\/()\[\]\\$%&_^{}0-9-]+`, T.NameBuiltin);
    },
    inlinemath(s) {
      s.rule(ruby`\\\)`, T.Punctuation, POP);
      s.rule(ruby`\$`, T.Punctuation, POP);
      s.mixin('math');
    },
    displaymath(s) {
      s.rule(ruby`\\\]`, T.Punctuation, POP);
      s.rule(ruby`\$\$`, T.Punctuation, POP);
      s.rule(ruby`\$`, T.NameBuiltin);
      s.mixin('math');
    },
    command(s) {
      s.rule(ruby`\[.*?\]`, T.NameAttribute);
      s.rule(ruby`\*`, T.Keyword);
      s.rule(ruby``, (l) => l.pop());
    },
  },
});
