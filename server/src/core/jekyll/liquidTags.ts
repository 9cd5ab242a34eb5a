// The Liquid tags a Jekyll site knows: Liquid 5's own, Jekyll 4's, and those of the plugin gems a site may name. The
// check reads a post against them (an unknown tag stops the build).

/** A tag stands alone; a block runs to its `end…` tag. */
export type TagKind = 'tag' | 'block';

export type TagTable = Readonly<Record<string, TagKind>>;

/** Liquid 5.4's tags (Jekyll 4.3 as Debian packages it). */
const LIQUID_TAGS: TagTable = {
  '#': 'tag',
  assign: 'tag',
  break: 'tag',
  capture: 'block',
  case: 'block',
  comment: 'block',
  continue: 'tag',
  cycle: 'tag',
  decrement: 'tag',
  echo: 'tag',
  for: 'block',
  if: 'block',
  ifchanged: 'block',
  include: 'tag',
  increment: 'tag',
  liquid: 'tag',
  raw: 'block',
  render: 'tag',
  tablerow: 'block',
  unless: 'block',
};

/** Jekyll 4's own tags. */
const JEKYLL_TAGS: TagTable = {
  highlight: 'block',
  include_relative: 'tag',
  link: 'tag',
  post_url: 'tag',
};

/** Every tag of a Jekyll site without plugins. */
export const JEKYLL_BUILTIN_TAGS: TagTable = { ...LIQUID_TAGS, ...JEKYLL_TAGS };

const SCHOLAR_TAGS: TagTable = {
  bibliography: 'tag',
  bibliography_count: 'tag',
  bibtex: 'block',
  cite: 'tag',
  cite_details: 'tag',
  details_link: 'tag',
  nocite: 'tag',
  quote: 'block',
  reference: 'tag',
};

/**
 * The tags of the plugin gems al-folio and GitHub Pages name, by the name a site's `plugins:` list or Gemfile gives
 * them. A gem named here with no tags adds filters, generators or hooks only.
 */
export const PLUGIN_GEM_TAGS: Readonly<Record<string, TagTable>> = {
  'jekyll-archives': {},
  'jekyll-avatar': { avatar: 'tag' },
  'jekyll-coffeescript': {},
  'jekyll-commonmark-ghpages': {},
  'jekyll-default-layout': {},
  'jekyll-email-protect': {},
  'jekyll-feed': { feed_meta: 'tag' },
  'jekyll-get-json': {},
  'jekyll-gist': { gist: 'tag' },
  'jekyll-github-metadata': {},
  'jekyll-imagemagick': {},
  'jekyll-include-cache': { include_cached: 'tag' },
  'jekyll-jupyter-notebook': { jupyter_notebook: 'tag' },
  'jekyll-link-attributes': {},
  'jekyll-mentions': {},
  'jekyll-minifier': {},
  'jekyll-optional-front-matter': {},
  'jekyll-paginate': {},
  'jekyll-paginate-v2': {},
  'jekyll-readme-index': {},
  'jekyll-redirect-from': {},
  'jekyll-regex-replace': {},
  'jekyll-relative-links': {},
  'jekyll-remote-theme': {},
  'jekyll-sass-converter': {},
  'jekyll-scholar': SCHOLAR_TAGS,
  'jekyll/scholar': SCHOLAR_TAGS,
  'jekyll-seo-tag': { seo: 'tag' },
  'jekyll-sitemap': {},
  'jekyll-tabs': { tabs: 'block', tab: 'block' },
  'jekyll-titles-from-headings': {},
  'jekyll-toc': { toc: 'tag' },
  'jekyll-twitter-plugin': { twitter: 'tag' },
  'jekyll-watch': {},
  jemoji: {},
};

/** Gems a Gemfile names that are no plugins (Jekyll itself, the libraries plugins load). */
const NOT_PLUGINS = new Set([
  'jekyll',
  'webrick',
  'terser',
  'unicode_utils',
  'classifier-reborn',
  'kramdown-parser-gfm',
]);

/** A gem a site names: its tags when we know them, else undefined. */
export function gemTags(gem: string): TagTable | undefined {
  return NOT_PLUGINS.has(gem) ? {} : PLUGIN_GEM_TAGS[gem];
}

/**
 * The tags a Ruby plugin file registers, `Liquid::Template.register_tag('name', Class)`: a block when the class is
 * declared `< Liquid::Block` in the same source.
 */
export function registeredTags(rubySource: string): TagTable {
  const tags: Record<string, TagKind> = {};
  for (const [, name, className] of rubySource.matchAll(REGISTER_TAG)) {
    const shortName = className.split('::').pop()!;
    const declaration = new RegExp(`class\\s+${shortName}\\s*<\\s*(?:::)?(?:Liquid::)?(\\w+)`).exec(rubySource);
    tags[name] = declaration?.[1] === 'Block' || declaration?.[1] === 'Raw' ? 'block' : 'tag';
  }
  return tags;
}

const REGISTER_TAG = /register_tag\s*\(?\s*['"]([^'"]+)['"]\s*,\s*((?:::)?[A-Z][\w:]*)/g;
