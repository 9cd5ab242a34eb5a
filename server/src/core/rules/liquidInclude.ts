import * as l10n from '@vscode/l10n';
import { includeFileNameError, includeMarkup } from '../jekyll/liquidMarkup';
import { keepAsText } from '../jekyll/literal';
import { postLiquid } from '../jekyll/postLiquid';
import type { SiteFacts } from '../jekyll/siteFacts';
import type { Span } from '../span';
import { postWith } from './examples';
import type { Finding, Fix, Rule } from './rule';

/** al-folio's figure include as its documentation before v0.12 wrote it, and as it is now. */
const FIGURE = '{% include figure.html path="assets/img/overview.png" class="img-fluid" %}';

export const liquidInclude: Rule = {
  id: 'liquid-include',
  severity: 'error',
  readsSite: true,
  description:
    "An `{% include %}` of a file the site's `_includes` folder does not have (al-folio's are `.liquid` files): the site's build stops on the post.",
  descriptionKo:
    '사이트의 `_includes` 폴더에 없는 파일을 `{% include %}`합니다(al-folio의 include는 `.liquid` 파일입니다). 이 포스트에서 사이트 빌드가 멈춥니다.',
  examples: {
    invalid: [
      { text: postWith('Results', `${FIGURE}\n\n주요 결과는 위 그림과 같다.`), jekyll: 'fails' },
      { text: postWith('Results', '{% include chart.liquid %}\n\n주요 결과는 위 그림과 같다.'), jekyll: 'fails' },
    ],
    valid: [
      {
        text: postWith('Results', `${FIGURE.replace('.html', '.liquid')}\n\n주요 결과는 위 그림과 같다.`),
        jekyll: 'changes',
      },
      { text: postWith('Results', '{% comment %}{% include chart.liquid %}{% endcomment %}'), jekyll: 'changes' },
    ],
  },
  check({ model, site }) {
    const liquid = postLiquid(model, site);
    if (!liquid || !site) return [];
    return liquid.reading.tags.flatMap((tag) => {
      if (tag.name !== 'include') return [];
      const { file } = includeMarkup(tag.markup);
      return file === undefined ? [] : missingInclude(model.text, tag.span, file, site.facts);
    });
  },
};

function missingInclude(text: string, span: Span, file: string, site: SiteFacts): Finding[] {
  const nameError = includeFileNameError(file)?.replace(/\s+/g, ' ').trim();
  if (nameError)
    return [
      {
        span,
        message: l10n.t(
          'Jekyll cannot include `{0}`: an include names a file of `{1}`, without `..` or `//`, so the build stops here. Jekyll: {2}',
          file,
          site.includesDir,
          nameError,
        ),
        fixes: [keepAsText(text, span)],
        buildFails: nameError,
      },
    ];
  if (site.includes.includes(file)) return [];
  const folder = `${site.root.replace(/[\\/]$/, '')}/${site.includesDir}`;
  const jekyll = `Could not locate the included file '${file}' in any of ["${folder}"]. Ensure it exists in one of those directories and, if it is a symlink, does not point outside your site source.`;
  const renamed = sameNameInIncludes(file, site.includes);
  return [
    {
      span,
      message: renamed
        ? l10n.t(
            '`{0}` is not in `{1}`, so the build stops here; the site has `{2}`. Jekyll: {3}',
            file,
            site.includesDir,
            renamed,
            jekyll,
          )
        : l10n.t('`{0}` is not in `{1}`, so the build stops here. Jekyll: {2}', file, site.includesDir, jekyll),
      fixes: [renamed ? includeInstead(text, span, file, renamed) : keepAsText(text, span)],
      buildFails: jekyll,
    },
  ];
}

/** The include of the same name with another extension (al-folio renamed its `.html` includes to `.liquid`). */
function sameNameInIncludes(file: string, includes: readonly string[]): string | undefined {
  const stem = file.replace(/\.[^./]*$/, '');
  return includes.find((include) => include.replace(/\.[^./]*$/, '') === stem);
}

function includeInstead(text: string, span: Span, file: string, include: string): Fix {
  const tag = text.slice(span.start, span.end);
  const at = span.start + tag.indexOf(file);
  return {
    title: l10n.t('Include {0}', include),
    edits: [{ span: { start: at, end: at + file.length }, newText: include }],
  };
}
