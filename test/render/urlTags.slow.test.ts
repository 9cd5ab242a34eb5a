import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { REPO } from '../helpers';
import { comparePages, type PageComparison } from './jekyllFidelity';

/**
 * Jekyll's `post_url` and `link` tags: jekyll-links' posts link each other (a post in a folder of `_posts`, by its
 * folder and without, by path, a page of `_pages` through a variable) under a baseurl. One `jekyll build`; each post's
 * content as `render --body` prints it must equal Jekyll's.
 */
const SITE = join(REPO, 'test/fixtures/jekyll-links');

describe('post_url and link render as Jekyll builds them', () => {
  let comparisons: PageComparison[] = [];

  before(async () => {
    comparisons = await comparePages(SITE, { body: true });
  });

  it('renders every post of the site as Jekyll does', () => {
    assert.deepEqual(
      comparisons.map(({ post, difference }) => ({ post, difference })),
      [
        { post: '2025-10-31-daily-papers-20251031.md', difference: [] },
        { post: '2025-12-25-daily-papers-20251225.md', difference: [] },
      ],
    );
  });
});
