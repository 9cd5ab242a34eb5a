// A rendered post's URL: the core's, from what the post holds.
import { postUrl as urlOf } from '../../core/jekyll/permalink';
import type { Post } from '../post';

export function postUrl(post: Post, sitePermalink: unknown): string {
  const own = post.frontMatter.permalink;
  const slug = typeof post.frontMatter.slug === 'string' ? post.frontMatter.slug : post.slug;
  const source = { permalink: typeof own === 'string' ? own : undefined, slug, categories: post.categories };
  return urlOf(source, sitePermalink, undefined, post.date);
}
