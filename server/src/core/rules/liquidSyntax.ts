import * as l10n from '@vscode/l10n';
import type { ExcerptBound } from '../jekyll/excerpt';
import { keepAsText, quoted } from '../jekyll/literal';
import { postLiquid } from '../jekyll/postLiquid';
import type { LiquidError } from '../jekyll/liquidReader';
import { frontMatter, paperEntry, PAPERS, postWith } from './examples';
import type { Finding, Rule } from './rule';

/** A paper about prompt templates, summarised as a language model writes it. */
const PROMPT_TEMPLATES = '프롬프트 템플릿의 {{ user_input 자리에 사용자 입력을 채워 넣는 방식을 비교한다.';

export const liquidSyntax: Rule = {
  id: 'liquid-syntax',
  severity: 'error',
  readsSite: true,
  description:
    "Text Jekyll's Liquid cannot parse (`{{` or `{%` never closed, an unknown tag, a block never ended) or run (`{% render %}`): the site's build stops on the post.",
  descriptionKo:
    'Jekyll의 Liquid가 해석할 수 없는 텍스트(닫히지 않은 `{{`나 `{%`, 모르는 태그, 끝나지 않은 블록)나 실행할 수 없는 태그(`{% render %}`)입니다. 이 포스트에서 사이트 빌드가 멈춥니다.',
  examples: {
    invalid: [
      { text: frontMatter() + paperEntry().replace(PAPERS[2].title, 'Templates {% raw for Prompts'), jekyll: 'fails' },
      { text: postWith('Method', PROMPT_TEMPLATES), jekyll: 'fails' },
      { text: postWith('Method', '출력은 {{ answer } 형식으로 정리된다.'), jekyll: 'fails' },
      { text: postWith('Method', 'Jinja의 {% block content %} 상속 구조를 그대로 쓴다.'), jekyll: 'fails' },
      { text: postWith('Method', '조건이 끝나면 {% endif %} 로 닫는다.'), jekyll: 'fails' },
      { text: postWith('Method', '{% comment %} 검토 필요'), jekyll: 'fails' },
      { text: postWith('Method', '{% highlight python %}\nprint(model)'), jekyll: 'fails' },
      { text: postWith('Method', '```python\nprompt = "{{ user_input"\n```'), jekyll: 'fails' },
      { text: postWith('Method', '모든 항목에 {% for item %} 반복을 적용한다. {% endfor %}'), jekyll: 'fails' },
      { text: postWith('Method', '{% raw %}{{ x }}{%- endraw -%} 형식을 쓴다.'), jekyll: 'fails' },
      { text: postWith('Method', '{% comment %} 초안 {{ draft {% endcomment %}'), jekyll: 'fails' },
      { text: postWith('Results', '{% render "figure" %}\n\n주요 결과는 위 그림과 같다.'), jekyll: 'fails' },
      {
        text: `${frontMatter()}오늘의 출력 형식은 {{ answer\n\n| default: "없음" }} 이다.\n\n${paperEntry()}`,
        jekyll: 'fails',
      },
      // In the excerpt Jekyll closes a block it finds even in a raw block: the fix prints `{%` as a string there.
      { text: `${frontMatter()}조건문 {% if 점수 > 0 %} 을 다룬 논문들이다.\n\n${paperEntry()}`, jekyll: 'fails' },
      {
        text: `${frontMatter()}반복문 {% raw %}{% for item in items %}{% endraw %} 을 쓴다.\n\n${paperEntry()}`,
        jekyll: 'fails',
      },
    ],
    valid: [
      {
        text: postWith('Method', PROMPT_TEMPLATES.replace('{{ user_input', '{% raw %}{{ user_input{% endraw %}')),
        jekyll: 'publishes',
      },
      { text: postWith('Method', 'Jinja의 {# 주석 #} 과 {x}, { {, %} 는 그대로 나온다.'), jekyll: 'publishes' },
      { text: postWith('Method', '{% raw %}{% block content %}{% endraw %} 상속 구조를 쓴다.'), jekyll: 'publishes' },
      {
        text: postWith('Results', '{% comment %}{% render "figure" %}{% endcomment %}\n\n주요 결과는 위 그림과 같다.'),
        jekyll: 'changes',
      },
      { text: postWith('Method', '{% details 자세히 %}\n세부 실험 설정\n{% enddetails %}'), jekyll: 'changes' },
      // Jekyll renders no front matter value with Liquid: the layout prints the title as written.
      {
        text: frontMatter({ title: '"Daily Papers — 2025-10-31: Templates {% raw for Prompts {{ x"' }) + paperEntry(),
        jekyll: 'publishes',
      },
    ],
  },
  check({ model, site }) {
    const liquid = postLiquid(model, site);
    if (!liquid) return [];
    const unknownPlugins = site?.facts.unknownPlugins ?? [];
    const errors = withChainsKept(
      model.text,
      [...liquid.reading.errors, ...liquid.excerptErrors].sort((a, b) => a.span.start - b.span.start),
    );
    return errors.map((error) => finding(model.text, error, unknownPlugins, liquid.excerpt));
  },
};

const UNTERMINATED = new Set(['unterminatedOutput', 'unterminatedTag']);

/**
 * Openers never closed are kept as text together with those after them that nothing closes in between: a raw block
 * around a later one alone would give an earlier one the `}` (or `%}`) it lacked, up to which Liquid's token then
 * runs, swallowing the raw block's start. Each of them offers the one edit over the run, which Fix all applies once.
 */
function withChainsKept(text: string, errors: LiquidError[]): LiquidError[] {
  const kept = errors.map((error) => ({ ...error }));
  let start = 0;
  for (let i = 1; i <= kept.length; i++) {
    const chained =
      i < kept.length &&
      UNTERMINATED.has(kept[i].kind) &&
      UNTERMINATED.has(kept[i - 1].kind) &&
      kept[i].literal.start >= kept[i - 1].literal.end &&
      !text
        .slice(kept[i - 1].literal.end, kept[i].literal.start)
        .includes(kept[i - 1].kind === 'unterminatedOutput' ? '}' : '%}');
    if (chained) continue;
    if (i - start > 1) {
      const run = { start: kept[start].literal.start, end: kept[i - 1].literal.end };
      for (let j = start; j < i; j++) kept[j].literal = run;
    }
    start = i;
  }
  return kept;
}

function finding(
  text: string,
  error: LiquidError,
  unknownPlugins: string[],
  excerpt: ExcerptBound | undefined,
): Finding {
  const source = text.slice(error.span.start, error.span.end);
  const explanation = explain(error, source, unknownPlugins);
  const placed = error.inExcerpt
    ? l10n.t(
        'In the excerpt (the post up to its first blank line, which Jekyll renders apart for feeds and post lists): {0}',
        explanation,
      )
    : explanation;
  return {
    span: error.span,
    message: l10n.t('{0} Jekyll: {1}', placed, error.jekyllMessage),
    fixes: error.mend
      ? [{ title: l10n.t('End the raw block with {0}', '`{% endraw %}`'), edits: [error.mend] }]
      : error.literal.end > error.literal.start
        ? [keepAsText(text, error.literal, excerpt)]
        : [],
    buildFails: error.jekyllMessage,
  };
}

function explain(error: LiquidError, source: string, unknownPlugins: string[]): string {
  const tag = error.tag ?? '';
  switch (error.kind) {
    case 'unterminatedOutput':
      return l10n.t('{0} opens a Liquid output that no `}}` closes, so the build stops here.', quoted(source));
    case 'unterminatedTag':
      return l10n.t('{0} opens a Liquid tag that no `%}` closes, so the build stops here.', quoted(source));
    case 'unknownTag':
      return unknownPlugins.length
        ? l10n.t(
            '`{0}` is no Liquid tag of Jekyll or of the plugins Paper Digest knows (the site also loads {1}), so the build stops here unless one of those defines it.',
            tag,
            unknownPlugins.join(', '),
          )
        : l10n.t("`{0}` is no Liquid tag of Jekyll or of the site's plugins, so the build stops here.", tag);
    case 'outerTag':
      return l10n.t('`{0}` belongs to no open Liquid block, so the build stops here.', tag);
    case 'unexpectedElse':
      return l10n.t('The Liquid block open here takes no `else`, so the build stops here.');
    case 'wrongEnd':
      return l10n.t('`{0}` does not end the Liquid block open here, so the build stops here.', tag);
    case 'neverClosed':
      return l10n.t(
        'The Liquid block `{0}` is never ended with `end{0}`, so the build stops at the end of the post.',
        tag,
      );
    case 'badMarkup':
      return l10n.t('Jekyll cannot read this `{0}` tag, so the build stops here.', tag);
    case 'renderTag':
      return l10n.t(
        "Jekyll's Liquid cannot read the file `{% render %}` names (it has no file system for it; `{% include %}` reads `_includes`), so the build stops here.",
      );
    case 'tooDeep':
      return l10n.t('Liquid blocks are nested more than 100 deep here, so the build stops here.');
    case 'closedInExcerpt':
      return l10n.t(
        'Jekyll ends the excerpt with {0} for this tag, which it finds even inside `{% raw %}` or a comment; no block of it is open there, so the build stops.',
        `\`{% ${tag} %}\``,
      );
  }
}
