import * as l10n from '@vscode/l10n';
import { includeFileNameError, includeMarkup } from '../jekyll/liquidMarkup';
import { keepAsText } from '../jekyll/literal';
import { datedName, postNamed, postNameOf, type NamedPost } from '../jekyll/postNames';
import { postLiquid } from '../jekyll/postLiquid';
import type { SiteFacts } from '../jekyll/siteFacts';
import { strip } from '../rubyStrings';
import type { Span } from '../span';
import { frontMatter, postWith } from './examples';
import type { Finding, Fix, PostSite, Rule } from './rule';

/** al-folio's figure include as its documentation before v0.12 wrote it, and as it is now. */
const FIGURE = '{% include figure.html path="assets/img/overview.png" class="img-fluid" %}';

/** An earlier post of the examples' site, and the site's files with it. */
const withEarlierPost = {
  earlierPosts: {
    '2025-10-30-daily-papers.md': `${frontMatter({ title: '"Daily Papers — 2025-10-30"', date: '2025-10-30 08:15:00' })}어제의 논문.\n`,
  },
  site: { files: ['_posts/2025-10-30-daily-papers.md'] },
};

export const liquidInclude: Rule = {
  id: 'liquid-include',
  severity: 'error',
  readsSite: true,
  readsSiteFiles: true,
  description:
    "An `{% include %}` of a file the site's `_includes` folder does not have (al-folio's are `.liquid` files), or a `{% post_url %}`, `{% link %}` or `{% include_relative %}` of a missing post or file: the site's build stops on the post.",
  descriptionKo:
    '사이트의 `_includes` 폴더에 없는 파일을 `{% include %}`하거나(al-folio의 include는 `.liquid` 파일입니다), 사이트에 없는 포스트나 파일을 `{% post_url %}`, `{% link %}`, `{% include_relative %}`로 가리킵니다. 이 포스트에서 사이트 빌드가 멈춥니다.',
  examples: {
    invalid: [
      { text: postWith('Results', `${FIGURE}\n\n주요 결과는 위 그림과 같다.`), jekyll: 'fails' },
      { text: postWith('Results', '{% include chart.liquid %}\n\n주요 결과는 위 그림과 같다.'), jekyll: 'fails' },
      {
        text: postWith('Results', '자세한 설정은 [어제 글]({% post_url 2025-10-30-missing %})을 보라.'),
        jekyll: 'fails',
      },
      {
        text: postWith('Results', '자세한 설정은 [어제 글]({% post_url 2025-10-29-daily-papers %})을 보라.'),
        jekyll: 'fails',
        ...withEarlierPost,
      },
      {
        text: postWith('Results', '자세한 설정은 [어제 글]({% post_url daily-papers %})을 보라.'),
        jekyll: 'fails',
        ...withEarlierPost,
      },
      { text: postWith('Results', '자세한 설정은 [어제 글]({% link _posts/missing.md %})을 보라.'), jekyll: 'fails' },
      { text: postWith('Results', '{% include_relative notes.md %}'), jekyll: 'fails' },
    ],
    valid: [
      {
        text: postWith('Results', `${FIGURE.replace('.html', '.liquid')}\n\n주요 결과는 위 그림과 같다.`),
        jekyll: 'changes',
      },
      { text: postWith('Results', '{% comment %}{% include chart.liquid %}{% endcomment %}'), jekyll: 'changes' },
      {
        text: postWith('Results', '자세한 설정은 [어제 글]({% post_url 2025-10-30-daily-papers %})을 보라.'),
        jekyll: 'changes',
        ...withEarlierPost,
      },
      {
        text: postWith('Results', '자세한 설정은 [어제 글]({% link _posts/2025-10-30-daily-papers.md %})을 보라.'),
        jekyll: 'changes',
        ...withEarlierPost,
      },
    ],
  },
  check({ model, site }) {
    const liquid = postLiquid(model, site);
    if (!liquid || !site) return [];
    return liquid.reading.tags.flatMap((tag) => {
      if (tag.name === 'include') {
        const { file } = includeMarkup(tag.markup);
        return file === undefined ? [] : missingInclude(model.text, tag.span, file, site.facts);
      }
      if (/\{[{%]/.test(tag.markup)) return [];
      if (tag.name === 'post_url') return missingPost(model.text, tag.span, tag.markup, site.facts.files);
      if (!site.facts.files) return [];
      if (tag.name === 'link') return missingDocument(model.text, tag.span, strip(tag.markup), site.facts.files);
      if (tag.name === 'include_relative') {
        const { file } = includeMarkup(tag.markup);
        return file === undefined ? [] : missingRelative(model.text, tag.span, file, site);
      }
      return [];
    });
  },
};

/**
 * A `post_url` of a post the site does not have (unchecked when its files are not listed), or of a name that is none
 * (Jekyll fails on it as it reads the post); the fix names a post of the same slug, or of the same day.
 */
function missingPost(text: string, span: Span, markup: string, files: readonly string[] | undefined): Finding[] {
  const posts: NamedPost[] = (files ?? []).flatMap((path) => {
    const name = /(?:^|\/)_posts\//.test(path) ? datedName(path) : undefined;
    return name ? [{ path, ...name }] : [];
  });
  const written = strip(markup);
  const name = postNameOf(markup);
  if (name && (!files || postNamed(markup, posts))) return [];
  const jekyll = name
    ? `Could not find post "${written}" in tag 'post_url'. Make sure the post exists and the name is correct.`
    : `Could not parse name of post "${written}" in tag 'post_url'. Make sure the post exists and the name is correct. Jekyll::Errors::InvalidPostNameError: '${written}' does not contain valid date and/or title.`;
  const near = name
    ? (posts.find((post) => post.slug === name.slug) ?? posts.find((post) => post.date === name.date))
    : posts.find((post) => post.slug === written.replace(/^\//, ''));
  const nearName = near && near.path.replace(/^(?:.*\/)?_posts\//, '').replace(/\.[^./]+$/, '');
  const problem = name
    ? l10n.t('The site has no post `{0}`, so the build stops here.', written)
    : l10n.t(
        '`{0}` is no post name (its date, then its title, as the file is named), so the build stops here.',
        written,
      );
  return [
    {
      span,
      message: nearName
        ? l10n.t('{0} The site has `{1}`. Jekyll: {2}', problem, nearName, jekyll)
        : l10n.t('{0} Jekyll: {1}', problem, jekyll),
      fixes: [nearName ? nameInstead(text, span, written, nearName) : keepAsText(text, span)],
      buildFails: jekyll,
    },
  ];
}

/** A `link` to a path the site has no file at. */
function missingDocument(text: string, span: Span, path: string, files: readonly string[]): Finding[] {
  if (files.includes(path.replace(/^\//, ''))) return [];
  const jekyll = `Could not find document '${path}' in tag 'link'. Make sure the document exists and the path is correct.`;
  return [
    {
      span,
      message: l10n.t('The site has no file `{0}`, so the build stops here. Jekyll: {1}', path, jekyll),
      fixes: [keepAsText(text, span)],
      buildFails: jekyll,
    },
  ];
}

/** An `include_relative` of a file that is not beside the post. */
function missingRelative(text: string, span: Span, file: string, site: PostSite): Finding[] {
  const folder = site.path.includes('/') ? site.path.slice(0, site.path.lastIndexOf('/')) : '';
  const path = [...folder.split('/'), ...file.split('/')].filter((part) => part && part !== '.').join('/');
  if (site.facts.files?.includes(path)) return [];
  const where = `${site.facts.root.replace(/[\\/]$/, '')}${folder ? `/${folder}` : ''}`;
  const jekyll = `Could not locate the included file '${file}' in any of ["${where}"]. Ensure it exists in one of those directories and, if it is a symlink, does not point outside your site source.`;
  return [
    {
      span,
      message: l10n.t('`{0}` is not beside the post, so the build stops here. Jekyll: {1}', file, jekyll),
      fixes: [keepAsText(text, span)],
      buildFails: jekyll,
    },
  ];
}

function nameInstead(text: string, span: Span, written: string, name: string): Fix {
  const at = span.start + text.slice(span.start, span.end).indexOf(written);
  return {
    title: l10n.t('Link to {0}', name),
    edits: [{ span: { start: at, end: at + written.length }, newText: name }],
  };
}

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
