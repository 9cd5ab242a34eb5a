// Rouge 3.30's Markdown lexer (rouge/lexers/markdown.rb, MIT), rule for rule: front matter is YAML, inline HTML is lexed
// on by one HTML lexing, and a fenced block's code goes to the lexer its language names (see `markdownLexer`).
import { POP, RegexLexer, type Lexing, type TokenType } from '../regexLexer';
import { strip } from '../../../../core/rubyStrings';
import { failingThroughRun, piece, ruby } from '../rubyRegex';
import * as T from '../tokens';
import { html } from './html';
import { yaml } from './yaml';

/** A lexing that goes on from one text to the next, as Rouge's `continue_lex` does. */
export interface Continuing {
  continue(text: string): void;
}

/**
 * What lexes a fenced block's code, from the name after its fence (Rouge's `find_fancy`): a lexing of the language's
 * lexer; or undefined for a language no lexer here transcribes, whose code is then plain text.
 */
export type FencedLexing = (
  name: string,
  output: (type: TokenType, value: string) => void,
) => Continuing | undefined | 'unknown';

interface MarkdownData {
  html?: Continuing;
  /** The open fence's lexing, for the lines of a fenced block that has no closing fence. */
  fenced?: Continuing;
}

const edot = piece`\\.|[^\\\n]`;

/** The Markdown lexer, its fenced blocks' code lexed by what `fencedLexing` finds for their language. */
export function markdownLexer(fencedLexing: FencedLexing): RegexLexer<MarkdownData> {
  /** Rouge's sublexer for a fence: a language Rouge does not know is plain text as a backtick string. */
  const sublexer = (l: Lexing<MarkdownData>, name: string): Continuing => {
    const found = fencedLexing(name.split('?')[0] || 'guess', (type, value) => l.token(type, value));
    if (found === 'unknown') return { continue: (text) => l.token(T.StrBacktick, text) };
    return found ?? { continue: (text) => l.token(T.Text, text) };
  };
  return new RegexLexer<MarkdownData>({
    data: () => ({}),
    start: (l) => (l.data.html = l.sessionOf(html)),
    states: {
      root(s) {
        // YAML front matter
        s.rule(ruby.m`\A(---\s*\n.*?\n?)^(---\s*$\n?)`, (l, m) => l.sessionOf(yaml).continue(m[0]));
        s.rule(ruby`\\.`, T.StrEscape);
        s.rule(ruby`^[\S ]+\n(?:---*)\n`, T.GenericHeading);
        s.rule(ruby`^[\S ]+\n(?:===*)\n`, T.GenericSubheading);
        s.rule(ruby`^#(?=[^#]).*?$`, T.GenericHeading);
        s.rule(ruby`^##*.*?$`, T.GenericSubheading);
        s.rule(ruby.m`^([ \t]*)(\`{3,}|~{3,})([^\n]*\n)((.*?)(\n\1)(\2))?`, (l, m) => {
          const lexing = sublexer(l, strip(m[3]));
          l.token(T.Text, m[1]);
          l.token(T.Punctuation, m[2]);
          l.token(T.NameLabel, m[3]);
          if (m[5]) lexing.continue(m[5]);
          l.token(T.Text, m[6] ?? '');
          if (m[7]) return l.token(T.Punctuation, m[7]);
          l.data.fenced = lexing;
          l.pushMade(`fenced ${m[2]}`, (f) => {
            f.rule(ruby`^([ \t]*)(${m[2]})`, (fence) => {
              fence.pop();
              fence.groups(T.Text, T.Punctuation);
            });
            f.rule(ruby`^.*\n`, (line, match) => line.data.fenced?.continue(match[0]));
          });
        });
        s.rule(ruby`\n\n((    |\t).*?\n|\n)+`, T.StrBacktick);
        s.rule(failingThroughRun(ruby`(\`+)(?:${edot}|\n)+?\1`, ruby`\`+`), T.StrBacktick);
        // the uses of * in their order of precedence: line breaks
        s.rule(ruby`^(\s*[*]){3,}\s*$`, T.Punctuation);
        s.rule(ruby`^(\s*[-]){3,}\s*$`, T.Punctuation);
        // bulleted lists
        s.rule(ruby`^\s*[*+-](?=\s)`, T.Punctuation);
        // numbered lists
        s.rule(ruby`^\s*\d+\.`, T.Punctuation);
        // blockquotes
        s.rule(ruby`^\s*>.*?$`, T.GenericTraceback);
        // link references: [foo]: bar "baz"
        s.rule(
          ruby.x`^
            (\s*) # leading whitespace
            (\[) (${edot}+?) (\]) # the reference
            (\s*) (:) # colon
          `,
          (l) => {
            l.groups(T.Text, T.Punctuation, T.StrSymbol, T.Punctuation, T.Text, T.Punctuation);
            l.push('title');
            l.push('url');
          },
        );
        // links and images; where this fails it fails up to the line of the next `]`, or on to it in its own line
        const link = ruby`(!?\[)(${edot}*?|[^\]]*?)(\])(?=[\[(])`;
        s.rule(failingThroughRun(link, ruby`!?\[(?:[^\]]*\z|(?:[^\]\n]*\n)+|[^\]\n]*)`), (l) => {
          l.groups(T.Punctuation, T.NameVariable, T.Punctuation);
          l.push('link');
        });
        s.rule(ruby`[*][*]${edot}*?[*][*]`, T.GenericStrong);
        s.rule(ruby`__${edot}*?__`, T.GenericStrong);
        s.rule(ruby`[*]${edot}*?[*]`, T.GenericEmph);
        s.rule(ruby`_${edot}*?_`, T.GenericEmph);
        // automatic links: Rouge's <.*?@.+[.].+> (cubic where it fails) as the same match found in linear time: up to
        // the line's last `>`, if an `@`, a character, a `.` and a character come before it. Each fails all along
        // the line where it fails.
        s.rule(failingThroughRun(ruby`<(?=[^@\n]*@.[^.\n]*[.].+>).*>`, ruby`<.*`), T.NameVariable);
        s.rule(
          failingThroughRun(ruby`<(https?|mailto|ftp)://${edot}*?>`, ruby`<(https?|mailto|ftp)://.*`),
          T.NameVariable,
        );
        s.rule(ruby`[^\\\`\[*\n&<]+`, T.Text);
        // inline HTML, each failing all along the run of non-spaces or the line where it fails
        s.rule(failingThroughRun(ruby`&\S*;`, ruby`&\S*`), (l, m) => l.data.html?.continue(m[0]));
        s.rule(failingThroughRun(ruby`<${edot}*?>`, ruby`<.*`), (l, m) => l.data.html?.continue(m[0]));
        s.rule(ruby`[&<]`, T.Text);
        // an opening square bracket that is not a link
        s.rule(ruby`\[`, T.Text);
        s.rule(ruby`\n`, T.Text);
      },
      link(s) {
        s.rule(ruby`(\[)(${edot}*?)(\])`, (l) => {
          l.groups(T.Punctuation, T.StrSymbol, T.Punctuation);
          l.pop();
        });
        s.rule(ruby`[(]`, (l) => {
          l.token(T.Punctuation);
          l.push('inline_title');
          l.push('inline_url');
        });
        s.rule(ruby`[ \t]+`, T.Text);
        s.rule(ruby``, (l) => l.pop());
      },
      url(s) {
        s.rule(ruby`[ \t]+`, T.Text);
        // the url
        s.rule(ruby`(<)(${edot}*?)(>)`, (l) => {
          l.groups(T.NameTag, T.StrOther, T.NameTag);
          l.pop();
        });
        s.rule(ruby`\S+`, T.StrOther, POP);
      },
      title(s) {
        s.rule(ruby`"${edot}*?"`, T.NameNamespace);
        s.rule(ruby`'${edot}*?'`, T.NameNamespace);
        s.rule(ruby`[(]${edot}*?[)]`, T.NameNamespace);
        s.rule(ruby`\s*(?=["'()])`, T.Text);
        s.rule(ruby``, (l) => l.pop());
      },
      inline_title(s) {
        s.rule(ruby`[)]`, T.Punctuation, POP);
        s.mixin('title');
      },
      inline_url(s) {
        s.rule(ruby`[^<\s)]+`, T.StrOther, POP);
        s.rule(ruby.m`\s+`, T.Text);
        s.mixin('url');
      },
    },
  });
}
