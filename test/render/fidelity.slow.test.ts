import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { blogName, BLOGS, REPO } from '../helpers';
import { compareWithJekyll, jekyllVersion, siteAroundPosts, writeReport } from './jekyllFidelity';

const FIXTURE_SITE = join(REPO, 'test/fixtures/jekyll-site');
/** Of the 12 fixture posts, all but the one with a Python code block (Rouge's token spans, see the README). */
const FIXTURES_MATCHING = 11;

const jekyll = jekyllVersion();
// In CI a missing Jekyll is a failure, not a skip: the fidelity figure must be measured there.
const skip = !jekyll && process.env.CI !== 'true' ? 'jekyll is not installed (apt-get install jekyll ruby-kramdown-parser-gfm)' : false;

describe('rendering fidelity against Jekyll', () => {
  it('has Jekyll to compare with', { skip }, () => {
    assert.ok(jekyll, 'jekyll is not installed: apt-get install jekyll ruby-kramdown-parser-gfm');
  });

  it(`renders at least ${FIXTURES_MATCHING} of the fixture posts exactly as Jekyll does`, { skip: skip || !jekyll }, async () => {
    const comparisons = await compareWithJekyll(FIXTURE_SITE);
    writeReport(comparisons, (line) => console.log(line));
    assert.equal(comparisons.length, 12);
    assert.ok(comparisons.filter((c) => c.equal).length >= FIXTURES_MATCHING);
  });

  for (const blog of BLOGS) {
    it(`renders every post of ${blogName(blog)} exactly as Jekyll does`, { skip: skip || !jekyll }, async () => {
      const site = siteAroundPosts(join(blog, '_posts'), FIXTURE_SITE);
      try {
        const comparisons = await compareWithJekyll(site);
        writeReport(comparisons, (line) => console.log(line));
        assert.deepEqual(comparisons.filter((c) => !c.equal).map((c) => c.post), []);
      } finally {
        rmSync(site, { recursive: true, force: true });
      }
    });
  }
});
