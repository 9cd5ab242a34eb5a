// Jekyll 4.3's `{% highlight lang [linenos] %}…{% endhighlight %}` (jekyll/tags/highlight.rb) with Rouge: the body
// rendered as Liquid, its leading and trailing line breaks dropped, coloured by the lexers transcribed here (the code
// escaped, uncoloured, for a language Rouge knows and they do not), in a `figure`; `linenos` in any form puts Rouge's
// line-number table inside. Other options (Jekyll 4.4's `mark_lines`) are accepted and, as in 4.3, do nothing.
import {
  Tag,
  TokenKind,
  type Context,
  type Emitter,
  type Liquid,
  type Parser,
  type TagToken,
  type Template,
  type TopLevelToken,
} from 'liquidjs';
import { escapeCode, rougeHtml, rougeTokens } from '../markdown/rouge';
import { strip } from '../../core/rubyStrings';

/**
 * Jekyll's markup check: a language, then options `name`, `name=value` or `name="1 2 …"`; Ruby's `^` and `$` are a
 * line's, so a markup over several lines passes when one of its lines does.
 */
const SYNTAX =
  /(?<![^\n])([a-zA-Z0-9.+#_-]+)((?:[\t\n\v\f\r ]+\w+(?:=(?:\w+|"(?:[0-9]+[\t\n\v\f\r ])*[0-9]+"))?)*)(?=\n|(?![^]))/;
/** Ruby Liquid's reading of a tag (liquid/block_body.rb, FullToken): its markup, spaces as Ruby's `\s`. */
const RUBY_TAG = /^\{%-?[\t\n\v\f\r ]*\w+[\t\n\v\f\r ]*([^]*?)-?%\}$/;
const LINE_BREAKS_AT_ENDS = /^[\n\r]+|[\n\r]+$/g;

export class HighlightTag extends Tag {
  private readonly language: string;
  private readonly lineNumbers: boolean;
  private readonly templates: Template[] = [];

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    const written = RUBY_TAG.exec(token.getText())?.[1] ?? token.args;
    const markup = SYNTAX.exec(strip(written));
    if (!markup) throw new Error(`Syntax Error in tag 'highlight' while parsing the following markup: ${written}`);
    this.language = markup[1].toLowerCase();
    this.lineNumbers = /(?:^|\s)linenos(?:=|\s|$)/.test(markup[2]);
    for (let next = remainTokens.shift(); next; next = remainTokens.shift()) {
      if (next.kind === TokenKind.Tag && (next as TagToken).name === 'endhighlight') return;
      this.templates.push(parser.parseToken(next, remainTokens));
    }
    throw new Error(`tag ${token.getText()} not closed`);
  }

  *render(context: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const body = (yield this.liquid.renderer.renderTemplates(this.templates, context)) as string;
    const code = highlightedCode(body.replace(LINE_BREAKS_AT_ENDS, ''), this.language, this.lineNumbers);
    const prefix = String(context.getSync(['highlighter_prefix']) ?? '');
    const suffix = String(context.getSync(['highlighter_suffix']) ?? '');
    emitter.write(
      `${prefix}<figure class="highlight"><pre><code class="language-${this.language.replace(/\+/g, '-')}" data-lang="${this.language}">${code}</code></pre></figure>${suffix}`,
    );
  }
}

/** Rouge's HTML of the code, in Rouge's line-number table (rouge/formatters/html_table.rb, with Jekyll's classes). */
function highlightedCode(code: string, language: string, lineNumbers: boolean): string {
  const tokens = rougeTokens(code, language);
  const html = tokens ? rougeHtml(tokens) : escapeCode(code);
  if (!lineNumbers) return html;
  // The code ends without a line break: Rouge counts one more line than it has breaks and ends it with one.
  const lines = code.split('\n').length;
  const gutter = Array.from({ length: lines }, (_, i) => `${i + 1}\n`).join('');
  return `<table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">${gutter}</pre></td><td class="code"><pre>${html}\n</pre></td></tr></tbody></table>`;
}
