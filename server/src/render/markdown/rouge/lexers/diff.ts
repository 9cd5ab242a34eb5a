// Rouge 3.30's diff lexer (rouge/lexers/diff.rb, MIT), rule for rule.
import { RegexLexer } from '../regexLexer';
import { ruby } from '../rubyRegex';
import * as T from '../tokens';

export const diff = new RegexLexer({
  data: () => undefined,
  states: {
    root(s) {
      s.rule(ruby`^ .*$\n?`, T.Text);
      s.rule(ruby`^---$\n?`, T.Punctuation);
      s.rule(ruby`^[+>]+.*$\n?`, T.GenericInserted);
      s.rule(ruby`^\+.*$\n?`, T.GenericInserted);
      s.rule(ruby`^[-<]+.*$\n?`, T.GenericDeleted);
      s.rule(ruby`^!.*$\n?`, T.GenericStrong);
      s.rule(ruby`^([Ii]ndex|diff).*$\n?`, T.GenericHeading);
      s.rule(ruby`^(@@[^@]*@@)([^\n]*\n)`, (l) => l.groups(T.Punctuation, T.Text));
      s.rule(ruby`^\w.*$\n?`, T.Punctuation);
      s.rule(ruby`^=.*$\n?`, T.GenericHeading);
      s.rule(ruby`\s.*$\n?`, T.Text);
    },
  },
});
