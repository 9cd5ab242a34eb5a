import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { blogName, BLOGS, REPO } from '../helpers';
import { comparePages, jekyllVersion, writeReport } from './jekyllFidelity';

/** Twelve posts on the smallest site (a layout that is only the content): tables, code, images, inline HTML, Korean. */
const FIXTURE_SITE = join(REPO, 'test/fixtures/jekyll-site');

// npm test installs Jekyll (scripts/debian-packages.sh): without it these tests fail, they never skip.
const jekyll = jekyllVersion();

describe('rendering fidelity against Jekyll', () => {
  it('has Jekyll to compare with', () => {
    assert.ok(jekyll, 'jekyll is not installed: run scripts/debian-packages.sh');
  });

  it('renders the 12 fixture posts exactly as Jekyll does', async () => {
    const comparisons = await comparePages(FIXTURE_SITE);
    writeReport(comparisons, (line) => console.log(line));
    assert.equal(comparisons.length, 12);
    assert.deepEqual(
      comparisons.filter((c) => !c.equal).map((c) => c.post),
      [],
    );
  });

  for (const blog of BLOGS) {
    it(`renders the whole <body> of every post page of ${blogName(blog)} as Jekyll builds it`, async () => {
      const comparisons = await comparePages(blog);
      writeReport(comparisons, (line) => console.log(line));
      assert.ok(comparisons.length > 0);
      assert.deepEqual(
        comparisons.filter((c) => !c.equal).map((c) => c.post),
        [],
      );
    });
  }
});
