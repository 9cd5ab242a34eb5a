import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXAMPLE_SITE, postWith } from '../../../server/src/core/rules/examples';
import { liquidInclude } from '../../../server/src/core/rules/liquidInclude';
import { check, fixFirst } from '../../helpers';

const site = { facts: EXAMPLE_SITE, path: '_posts/2025-10-31-daily-papers.md' };

describe('liquid-include', () => {
  it("includes al-folio's renamed figure instead of the old name", () => {
    const text = postWith('Results', '{% include figure.html path="a.png" %}');
    const fixed = fixFirst(liquidInclude, text, { site });
    assert.match(fixed, /\{% include figure\.liquid path="a\.png" %\}/);
    assert.deepEqual(check(liquidInclude, fixed, { site }), []);
  });

  it('says nothing without a site, of an include Liquid computes, or of one in a comment', () => {
    assert.deepEqual(check(liquidInclude, postWith('Results', '{% include chart.liquid %}')), []);
    assert.deepEqual(check(liquidInclude, postWith('Results', '{% include {{ page.chart }} %}'), { site }), []);
    assert.deepEqual(
      check(liquidInclude, postWith('Results', '{% comment %}{% include chart.liquid %}{% endcomment %}'), { site }),
      [],
    );
  });

  it("refuses a name Jekyll refuses, with Jekyll's message", () => {
    const [finding] = check(liquidInclude, postWith('Results', '{% include ../secret.liquid %}'), { site });
    assert.match(
      finding.buildFails!,
      /^Invalid syntax for include tag\. File contains invalid characters or sequences: \.\.\/secret\.liquid/,
    );
  });

  describe('post_url, link and include_relative', () => {
    const posts = [
      '_posts/2025-10-30-daily-papers-20251030.md',
      '_posts/archive/2025-09-01-daily-papers-20250901.md',
      '_posts/notes/setup.md',
      '_pages/about.md',
    ];
    const withPosts = { site: { ...site, facts: { ...EXAMPLE_SITE, files: posts } } };
    const flagged = (liquid: string) =>
      check(liquidInclude, postWith('Results', liquid), withPosts).map((finding) => finding.buildFails);

    it('says nothing of a post, page or file the site has, as Jekyll finds them', () => {
      for (const liquid of [
        '[어제]({% post_url 2025-10-30-daily-papers-20251030 %})',
        '[지난달]({% post_url archive/2025-09-01-daily-papers-20250901 %})',
        '[지난달]({% post_url 2025-09-01-daily-papers-20250901 %})',
        '[소개]({% link _pages/about.md %})',
        '[어제]({% link _posts/2025-10-30-daily-papers-20251030.md %})',
        '{% include_relative notes/setup.md %}',
        '[계산된 링크]({% link {{ page.about }} %})',
      ])
        assert.deepEqual(flagged(liquid), [], liquid);
    });

    it("names what Jekyll cannot find, with Jekyll's message", () => {
      assert.deepEqual(flagged('{% post_url 2025-10-29-missing %}'), [
        `Could not find post "2025-10-29-missing" in tag 'post_url'. Make sure the post exists and the name is correct.`,
      ]);
      assert.deepEqual(flagged('{% link _posts/missing.md %}'), [
        "Could not find document '_posts/missing.md' in tag 'link'. Make sure the document exists and the path is correct.",
      ]);
      assert.deepEqual(flagged('{% include_relative notes.md %}'), [
        `Could not locate the included file 'notes.md' in any of ["/blog/_posts"]. Ensure it exists in one of those directories and, if it is a symlink, does not point outside your site source.`,
      ]);
    });

    it('finds a post named in another folder by its date and slug, as Jekyll does (with a deprecation warning)', () => {
      assert.deepEqual(flagged('{% post_url drafts/2025-10-30-daily-papers-20251030 %}'), []);
    });

    it('links to the post of the same slug, or of the same day', () => {
      const fixed = fixFirst(
        liquidInclude,
        postWith('Results', '[어제]({% post_url 2025-10-31-daily-papers-20251030 %})'),
        withPosts,
      );
      assert.match(fixed, /\{% post_url 2025-10-30-daily-papers-20251030 %\}/);
      assert.deepEqual(check(liquidInclude, fixed, withPosts), []);
      const sameDay = fixFirst(liquidInclude, postWith('Results', '{% post_url 2025-10-30-daily %}'), withPosts);
      assert.match(sameDay, /\{% post_url 2025-10-30-daily-papers-20251030 %\}/);
    });

    it("fails a post_url whose name has no date, with Jekyll's message, and links to the post of that slug", () => {
      const text = postWith('Results', '[어제]({% post_url daily-papers-20251030 %})');
      const [finding] = check(liquidInclude, text, withPosts);
      assert.equal(
        finding.buildFails,
        `Could not parse name of post "daily-papers-20251030" in tag 'post_url'. Make sure the post exists and the name is correct. Jekyll::Errors::InvalidPostNameError: 'daily-papers-20251030' does not contain valid date and/or title.`,
      );
      assert.match(fixFirst(liquidInclude, text, withPosts), /\{% post_url 2025-10-30-daily-papers-20251030 %\}/);
    });

    it('says nothing of targets when the site is too large to list', () => {
      const unlisted = { site: { ...site, facts: { ...EXAMPLE_SITE, files: undefined } } };
      assert.deepEqual(check(liquidInclude, postWith('Results', '{% post_url 2025-10-29-missing %}'), unlisted), []);
    });
  });
});
