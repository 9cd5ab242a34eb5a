// Jekyll 4.3's `{% post_url NAME %}` (jekyll/tags/post_url.rb) and `{% link PATH %}` (jekyll/tags/link.rb): the URL
// of a post of the site, or of a page or post by its path in the site (the markup rendered as Liquid first), through
// `relative_url` (the site's baseurl in front). A target the site does not have renders as nothing here, where Jekyll
// stops the build (`liquid-include` reports it).
import { Tag, type Context, type Emitter, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';
import { datedName, postNamed, type NamedPost } from '../../core/jekyll/postNames';
import { strip } from '../../core/rubyStrings';

/** What the tags find their targets in: the site's `site.posts` and `site.pages` entries, and `relative_url`. */
export interface UrlTargets {
  posts: readonly Record<string, unknown>[];
  pages: readonly Record<string, unknown>[];
  relativeUrl: (url: string) => string;
}

type TagClass = Liquid['tags'][string];

export function postUrlTag(targets: UrlTargets): TagClass {
  let named: (NamedPost & { url: string })[] | undefined;
  const posts = () =>
    (named ??= targets.posts.flatMap((post) => {
      const path = String(post.path);
      const name = datedName(path);
      return name ? [{ path, date: name.date, slug: String(post.slug ?? name.slug), url: String(post.url) }] : [];
    }));
  return class extends Tag {
    private readonly markup: string;

    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
      super(token, remainTokens, liquid);
      this.markup = token.args;
    }

    render(_context: Context, emitter: Emitter): void {
      const post = postNamed(this.markup, posts());
      if (post) emitter.write(targets.relativeUrl(post.url));
    }
  };
}

export function linkTag(targets: UrlTargets): TagClass {
  return class extends Tag {
    private readonly markup: string;

    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
      super(token, remainTokens, liquid);
      this.markup = strip(token.args);
    }

    *render(context: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const path = String(yield this.liquid.renderer.renderTemplates(this.liquid.parse(this.markup), context));
      const item = [...targets.pages, ...targets.posts].find((each) => each.path === path);
      if (item) emitter.write(targets.relativeUrl(String(item.url)));
    }
  };
}
