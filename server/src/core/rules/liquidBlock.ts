import * as l10n from '@vscode/l10n';
import type { ExcerptBound } from '../jekyll/excerpt';
import { keepAsText, quoted } from '../jekyll/literal';
import type { LiquidTagUse } from '../jekyll/liquidReader';
import { definedVariables, isJekyllValue, isLiteral } from '../jekyll/liquidVariables';
import { postLiquid } from '../jekyll/postLiquid';
import { frontMatter, paperEntry, postWith } from './examples';
import type { Finding, Rule } from './rule';

/** A variable or a literal, as a condition or a loop's collection names it (Liquid's lax `QuotedFragment`). */
const FRAGMENT = String.raw`[^\s=!<>'",|]+`;
/** `{% if x %}`: nil is false, so its text is left out. */
const IF_VARIABLE = new RegExp(String.raw`^\s*(${FRAGMENT})\s*$`);
/** `{% for item in items … %}`: a loop over nil repeats nothing. */
const FOR_VARIABLE = new RegExp(String.raw`^\s*[\w-]+\s+in\s+(${FRAGMENT})(?:\s|$)`);

/** A Jinja template in a paper on prompting, as a language model copies it into a summary. */
const JINJA_LOOP = '```jinja\n{% for item in items %}\n- {{ item }}\n{% endfor %}\n```';

export const liquidBlock: Rule = {
  id: 'liquid-block',
  severity: 'warning',
  readsSite: true,
  description:
    'A Liquid `{% if %}` or `{% for %}` over a variable defined nowhere: Jekyll leaves the text it holds out of the page.',
  descriptionKo:
    '어디에도 정의되지 않은 변수를 쓰는 Liquid `{% if %}`나 `{% for %}`입니다. Jekyll이 그 안의 텍스트를 페이지에서 뺍니다.',
  examples: {
    invalid: [
      { text: postWith('Method', JINJA_LOOP), jekyll: 'changes' },
      { text: postWith('Method', '{% if 상세 %}\n세부 실험 설정은 부록에 있다.\n{% endif %}'), jekyll: 'changes' },
      { text: `${frontMatter()}{% if 요약 %}오늘의 논문들이다.{% endif %}\n\n${paperEntry()}`, jekyll: 'changes' },
    ],
    valid: [
      {
        text: postWith(
          'Method',
          '{% assign items = "a,b" | split: "," %}{% for item in items %}{{ item }} {% endfor %}',
        ),
        jekyll: 'changes',
      },
      { text: postWith('Method', '{% if page.title %}제목이 있다.{% endif %}'), jekyll: 'changes' },
      { text: postWith('Method', '{% unless 상세 %}본문은 그대로 나온다.{% endunless %}'), jekyll: 'changes' },
      {
        text: postWith('Method', '{% raw %}{% for item in items %}{{ item }}{% endfor %}{% endraw %}'),
        jekyll: 'publishes',
      },
    ],
  },
  check({ model, site }) {
    const liquid = postLiquid(model, site);
    if (!liquid) return [];
    const defined = definedVariables(liquid.reading.tags);
    return liquid.reading.blocks.flatMap((block) => {
      const variable = leftOutBy(block, defined);
      return variable === undefined ? [] : [finding(model.text, block, variable, liquid.excerpt)];
    });
  },
};

/** The variable defined nowhere that makes the block leave its text out, if any. */
function leftOutBy(block: LiquidTagUse, defined: Set<string>): string | undefined {
  const variable = (block.name === 'if' ? IF_VARIABLE : block.name === 'for' ? FOR_VARIABLE : undefined)?.exec(
    block.markup,
  )?.[1];
  if (variable === undefined || isLiteral(variable)) return undefined;
  const root = variable.split(/[.[]/)[0];
  return defined.has(root) || isJekyllValue(root) ? undefined : root;
}

function finding(text: string, block: LiquidTagUse, variable: string, excerpt: ExcerptBound | undefined): Finding {
  const openerEnd = text.indexOf('%}', block.span.start) + 2;
  const opener = quoted(text.slice(block.span.start, openerEnd));
  const message =
    block.name === 'for'
      ? l10n.t(
          '{0} is Liquid: `{1}` is defined nowhere, so the loop repeats nothing and the page leaves out the text it holds.',
          opener,
          variable,
        )
      : l10n.t('{0} is Liquid: `{1}` is defined nowhere, so the page leaves out the text it holds.', opener, variable);
  return {
    span: { start: block.span.start, end: openerEnd },
    message,
    fixes: [keepAsText(text, block.span, excerpt)],
  };
}
