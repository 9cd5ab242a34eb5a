import * as l10n from '@vscode/l10n';
import { parseJekyllDate, rubyTimeString, writtenDate } from '../jekyll/dates';
import { keepAsText, quoted } from '../jekyll/literal';
import { postLiquid } from '../jekyll/postLiquid';
import type { LiquidOutput } from '../jekyll/liquidReader';
import { definedVariables, isJekyllValue, isLiteral } from '../jekyll/liquidVariables';
import type { DigestModel } from '../model';
import { postWith } from './examples';
import type { Finding, PostSite, Rule } from './rule';

/** Liquid's `QuotedFragment`: the first one of an output is what it prints (`Variable#lax_parse`). */
const FIRST_FRAGMENT = /"[^"]*"|'[^']*'|(?:[^ \t\r\n\f\v,|'"]|"[^"]*"|'[^']*')+/;
/** `site.*` Jekyll sets whatever `_config.yml` says. */
const SITE_VARIABLES = new Set(
  'time pages posts related_posts static_files html_pages html_files collections data documents categories tags url baseurl'.split(
    ' ',
  ),
);
/** `page.*` Jekyll sets for every post. */
const PAGE_VARIABLES = new Set(
  'title date url id path slug categories tags collection excerpt content next previous ext name relative_path draft output layout'.split(
    ' ',
  ),
);

export const liquidOutput: Rule = {
  id: 'liquid-output',
  severity: 'warning',
  readsSite: true,
  description:
    "A `{{ … }}` that Jekyll replaces on the page: an undefined variable prints nothing, `site.*` and `page.*` print the site's and the post's values into the text.",
  descriptionKo:
    'Jekyll이 페이지에서 다른 내용으로 바꾸는 `{{ … }}`입니다. 정의되지 않은 변수는 아무것도 출력하지 않고, `site.*`와 `page.*`는 사이트와 포스트의 값을 본문에 넣습니다.',
  examples: {
    invalid: [
      { text: postWith('Method', '변수 {{ model_name }} 를 채운다.'), jekyll: 'changes' },
      { text: postWith('Method', '템플릿은 {{ site.title }} 과 {{ page.title }} 을 출력한다.'), jekyll: 'changes' },
      { text: postWith('Method', '코드 `{{ x }}` 도 Liquid가 먼저 읽는다.'), jekyll: 'changes' },
      // An output ends at its first `}`: this one takes the text up to the next `}}` along.
      {
        text: postWith('Method', '프롬프트의 {{ user_input 자리와 {{ model_name }} 변수를 채운다.'),
        jekyll: 'changes',
      },
    ],
    valid: [
      { text: postWith('Method', '변수 {% raw %}{{ model_name }}{% endraw %} 를 채운다.'), jekyll: 'publishes' },
      { text: postWith('Method', '{% assign k = 3 %}상위 {{ k }}개의 후보를 고른다.'), jekyll: 'changes' },
      { text: postWith('Method', '![구조]({{ site.baseurl }}/assets/img/overview.png)'), jekyll: 'changes' },
    ],
  },
  check({ model, site }) {
    const liquid = postLiquid(model, site);
    if (!liquid) return [];
    const defined = definedVariables(liquid.reading.tags);
    return liquid.reading.outputs.flatMap((output) =>
      output.captured ? [] : outputFinding(model, output, defined, site),
    );
  },
};

function outputFinding(
  model: DigestModel,
  output: LiquidOutput,
  defined: Set<string>,
  site: PostSite | undefined,
): Finding[] {
  const source = quoted(model.text.slice(output.span.start, output.span.end));
  const name = FIRST_FRAGMENT.exec(output.markup)?.[0];
  const message =
    name === undefined
      ? l10n.t('{0} is Liquid that prints nothing: the page shows nothing in its place.', source)
      : printedBy(model, output, name, source, defined, site);
  return message === undefined ? [] : [{ span: output.span, message, fixes: [keepAsText(model.text, output.span)] }];
}

/** What the page shows for an output that prints `name`; undefined when that is as the author meant it. */
function printedBy(
  model: DigestModel,
  output: LiquidOutput,
  name: string,
  source: string,
  defined: Set<string>,
  site: PostSite | undefined,
): string | undefined {
  if (isLiteral(name)) return undefined;
  const [root, key] = name.split(/[.[]/, 2);
  if (defined.has(root)) return undefined;
  if (!isJekyllValue(root))
    return l10n.t('{0} is Liquid: `{1}` is defined nowhere, so the page shows nothing in its place.', source, root);
  if (inMarkupValue(model.text, output.span.start)) return undefined;
  const value =
    root === 'site'
      ? siteValue(key, site)
      : root === 'page'
        ? pageValue(model, key, site, output.markup.trim() !== name)
        : undefined;
  if (value === null)
    return l10n.t('{0} is Liquid: `{1}` has no value, so the page shows nothing in its place.', source, name);
  return value === undefined
    ? l10n.t("{0} is Liquid: the page shows Jekyll's `{1}` in its place, not this text.", source, name)
    : l10n.t('{0} is Liquid: the page shows `{1}` in its place ("{2}"), not this text.', source, name, value);
}

/** What `site.KEY` prints when it is a value of `_config.yml`; null when it prints nothing; undefined when unknown. */
function siteValue(key: string | undefined, site: PostSite | undefined): string | null | undefined {
  if (!key || SITE_VARIABLES.has(key) || !site) return undefined;
  const value = site.facts.config[key];
  return value === undefined || value === '' ? null : (value ?? undefined);
}

function pageValue(
  model: DigestModel,
  key: string | undefined,
  site: PostSite | undefined,
  filtered: boolean,
): string | null | undefined {
  if (!key) return undefined;
  const field = model.frontMatter?.fields.get(key);
  // `page.date` is a Ruby Time: printed as `Time#to_s` in the site's zone, not as written.
  if (key === 'date') {
    const date = site && !filtered ? parseJekyllDate(writtenDate(field, undefined), site.facts.timezone) : undefined;
    return date && rubyTimeString(date, site!.facts.timezone);
  }
  if (field)
    return typeof field.value === 'string' || typeof field.value === 'number' ? String(field.value) : undefined;
  return PAGE_VARIABLES.has(key) ? undefined : null;
}

/** Whether the output is a link's destination or an HTML attribute's value, where a URL is printed on purpose. */
function inMarkupValue(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return /\]\([^)\s]*$/.test(before) || /^ {0,3}\[[^\]]+\]:\s*\S*$/.test(before) || /<[A-Za-z][^<>]*$/.test(before);
}
