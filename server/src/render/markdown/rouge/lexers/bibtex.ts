// Rouge 3.30's BibTeX lexer (rouge/lexers/bibtex.rb, MIT), rule for rule.
import { POP, RegexLexer } from '../regexLexer';
import { ruby } from '../rubyRegex';
import * as T from '../tokens';

/** Ruby's `Regexp.quote` of the punctuation that BibTeX names may hold. */
const VALID_PUNCTUATION = String.raw`@!\$&\.\\:;<>\?\[\]\^` + '`' + String.raw`\|~\*/\+\-`;
const VALID_NAME = String.raw`[a-z_${VALID_PUNCTUATION}][\w${VALID_PUNCTUATION}]*`;

export const bibtex = new RegexLexer({
  data: () => undefined,
  states: {
    root(s) {
      s.mixin('whitespace');
      s.rule(ruby.i`@(${VALID_NAME})`, (l, m) => {
        const kind = m[1].toLowerCase();
        if (kind === 'comment') return l.token(T.Comment);
        l.token(T.NameClass);
        l.push('closing_brace');
        l.push(kind === 'preamble' ? 'value' : kind === 'string' ? 'field' : 'command_body');
        l.push('opening_brace');
      });
      s.rule(ruby`.+`, T.Comment);
    },
    opening_brace(s) {
      s.mixin('whitespace');
      s.rule(ruby`[{(]`, T.Punctuation, POP);
    },
    closing_brace(s) {
      s.mixin('whitespace');
      s.rule(ruby`[})]`, T.Punctuation, POP);
    },
    command_body(s) {
      s.mixin('whitespace');
      s.rule(ruby`[^\s\,\}]+`, (l) => {
        l.token(T.NameLabel);
        l.pop();
        l.push('fields');
      });
    },
    fields(s) {
      s.mixin('whitespace');
      s.rule(ruby`,`, T.Punctuation, 'field');
      s.rule(ruby``, (l) => l.pop());
    },
    field(s) {
      s.mixin('whitespace');
      s.rule(ruby.i`${VALID_NAME}`, (l) => {
        l.token(T.NameAttribute);
        l.push('value');
        l.push('equal_sign');
      });
      s.rule(ruby``, (l) => l.pop());
    },
    equal_sign(s) {
      s.mixin('whitespace');
      s.rule(ruby`=`, T.Punctuation, POP);
    },
    value(s) {
      s.mixin('whitespace');
      s.rule(ruby.i`${VALID_NAME}`, T.NameVariable);
      s.rule(ruby`"`, T.Str, 'quoted_string');
      s.rule(ruby`\{`, T.Str, 'braced_string');
      s.rule(ruby`\d+`, T.Num);
      s.rule(ruby`#`, T.Punctuation);
      s.rule(ruby``, (l) => l.pop());
    },
    quoted_string(s) {
      s.rule(ruby`\{`, T.Str, 'braced_string');
      s.rule(ruby`"`, T.Str, POP);
      s.rule(ruby`[^\{\"]+`, T.Str);
    },
    braced_string(s) {
      s.rule(ruby`\{`, T.Str, 'braced_string');
      s.rule(ruby`\}`, T.Str, POP);
      s.rule(ruby`[^\{\}]+`, T.Str);
    },
    whitespace(s) {
      s.rule(ruby`\s+`, T.Text);
    },
  },
});
