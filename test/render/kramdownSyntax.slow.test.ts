import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { REPO } from '../helpers';
import { comparePages, type PageComparison } from './jekyllFidelity';

/**
 * kramdown's syntax, one post per construct written from its syntax documentation: the blog's options (GFM input,
 * Rouge) in kramdown-site, `hard_wrap: true` in kramdown-hard-wrap. One `jekyll build` a site; each post's content
 * as `render --body` prints it must equal Jekyll's, whitespace-normalised.
 */
const SITES = ['kramdown-site', 'kramdown-hard-wrap'].map((name) => join(REPO, 'test/fixtures', name));

const constructOf = (post: string) => post.replace(/^\d{4}-\d\d-\d\d-|\.md$/g, '');

describe('kramdown syntax, construct by construct, as Jekyll builds it', () => {
  const comparisons = new Map<string, PageComparison>();

  before(async () => {
    for (const site of SITES)
      for (const comparison of await comparePages(site, { body: true })) comparisons.set(comparison.post, comparison);
    for (const { post, equal, difference } of comparisons.values())
      console.log(
        `${constructOf(post).padEnd(24)} ${equal ? 'equal' : `differs: ${difference.slice(0, 4).join(' ')}`}`,
      );
  });

  for (const site of SITES) {
    for (const post of readdirSync(join(site, '_posts')).sort()) {
      it(`renders ${constructOf(post)} as Jekyll does`, () => {
        const comparison = comparisons.get(post);
        assert.ok(comparison, `no comparison for ${post}`);
        assert.deepEqual(comparison.difference, []);
      });
    }
  }
});
