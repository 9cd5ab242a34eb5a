// Rouge 3.30's HTML lexer (rouge/lexers/html.rb, MIT), rule for rule: a script's content is JavaScript and a style's
// CSS, each lexed on by one lexing from the element's opening tag to its end tag.
import { POP, RegexLexer, type Lexing } from '../regexLexer';
import { failingThroughRun, piece, ruby } from '../rubyRegex';
import * as T from '../tokens';
import { css } from './css';
import { javascript } from './javascript';

interface HtmlData {
  javascript?: Pick<Lexing<unknown>, 'continue'>;
  css?: Pick<Lexing<unknown>, 'continue'>;
}

const name = piece`[\p{L}:_-][\p{Word}\p{Cf}:.·-]*`;

export const html = new RegexLexer<HtmlData>({
  data: () => ({}),
  states: {
    root(s) {
      s.rule(ruby.m`[^<&]+`, T.Text);
      // Each of these fails all along the run of non-spaces, or the rest of the text, where it fails.
      s.rule(failingThroughRun(ruby`&\S*?;`, ruby`&\S*`), T.NameEntity);
      s.rule(failingThroughRun(ruby.mi`<!DOCTYPE .*?>`, ruby.mi`<!DOCTYPE .*`), T.CommentPreproc);
      s.rule(failingThroughRun(ruby.m`<!\[CDATA\[.*?\]\]>`, ruby.m`<!\[CDATA\[.*`), T.CommentPreproc);
      s.rule(ruby`<!--`, T.Comment, 'comment');
      s.rule(failingThroughRun(ruby.m`<\?.*?\?>`, ruby.m`<\?.*`), T.CommentPreproc);
      s.rule(ruby.m`<\s*script\s*`, (l) => {
        l.token(T.NameTag);
        l.data.javascript = l.sessionOf(javascript);
        l.push('script_content');
        l.push('tag');
      });
      s.rule(ruby.m`<\s*style\s*`, (l) => {
        l.token(T.NameTag);
        l.data.css = l.sessionOf(css);
        l.push('style_content');
        l.push('tag');
      });
      s.rule(ruby`</`, T.NameTag, 'tag_end');
      s.rule(ruby`<`, T.NameTag, 'tag_start');
      s.rule(ruby`<\s*${name}`, T.NameTag, 'tag');
      s.rule(ruby`<\s*/\s*${name}\s*>`, T.NameTag);
    },
    tag_end(s) {
      s.mixin('tag_end_end');
      s.rule(ruby`${name}`, (l) => {
        l.token(T.NameTag);
        l.goto('tag_end_end');
      });
    },
    tag_end_end(s) {
      s.rule(ruby`\s+`, T.Text);
      s.rule(ruby`>`, T.NameTag, POP);
    },
    tag_start(s) {
      s.rule(ruby`\s+`, T.Text);
      s.rule(ruby`${name}`, (l) => {
        l.token(T.NameTag);
        l.goto('tag');
      });
      s.rule(ruby``, (l) => l.goto('tag'));
    },
    comment(s) {
      s.rule(ruby`[^-]+`, T.Comment);
      s.rule(ruby`-->`, T.Comment, POP);
      s.rule(ruby`-`, T.Comment);
    },
    tag(s) {
      s.rule(ruby.m`\s+`, T.Text);
      s.rule(ruby.m`[\p{L}:_\[\]()*.-][\p{Word}\p{Cf}:.·\[\]()*-]*\s*=\s*`, T.NameAttribute, 'attr');
      s.rule(ruby`[\p{L}:_*#-][\p{Word}\p{Cf}:.·*#-]*`, T.NameAttribute);
      s.rule(ruby.m`/?\s*>`, T.NameTag, POP);
    },
    attr(s) {
      s.rule(ruby`"`, (l) => {
        l.token(T.Str);
        l.goto('dq');
      });
      s.rule(ruby`'`, (l) => {
        l.token(T.Str);
        l.goto('sq');
      });
      s.rule(ruby`[^\s>]+`, T.Str, POP);
    },
    dq(s) {
      s.rule(ruby`"`, T.Str, POP);
      s.rule(ruby`[^"]+`, T.Str);
    },
    sq(s) {
      s.rule(ruby`'`, T.Str, POP);
      s.rule(ruby`[^']+`, T.Str);
    },
    script_content(s) {
      s.rule(ruby`[^<]+`, (l, m) => l.data.javascript?.continue(m[0]));
      s.rule(ruby.m`<\s*/\s*script\s*>`, T.NameTag, POP);
      s.rule(ruby`<`, (l, m) => l.data.javascript?.continue(m[0]));
    },
    style_content(s) {
      s.rule(ruby`[^<]+`, (l, m) => l.data.css?.continue(m[0]));
      s.rule(ruby.m`<\s*/\s*style\s*>`, T.NameTag, POP);
      s.rule(ruby`<`, (l, m) => l.data.css?.continue(m[0]));
    },
  },
});
