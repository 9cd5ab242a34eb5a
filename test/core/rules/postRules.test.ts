// The rules about whether Jekyll publishes the post at all: its file name, `published: false`, a future date, and a
// URL another post has too.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXAMPLE_SITE, frontMatter, paperEntry } from '../../../server/src/core/rules/examples';
import { permalinkConflict } from '../../../server/src/core/rules/permalinkConflict';
import { postFileName } from '../../../server/src/core/rules/postFileName';
import { postFuture } from '../../../server/src/core/rules/postFuture';
import { postUnpublished } from '../../../server/src/core/rules/postUnpublished';
import { check, fixFirst } from '../../helpers';

const POST = frontMatter() + paperEntry();
const at = (path: string, facts = EXAMPLE_SITE) => ({ site: { facts, path } });

describe('post-file-name', () => {
  it('reads the name in any `_posts` folder, and nothing of a file elsewhere or unnamed', () => {
    assert.equal(check(postFileName, POST, at('_posts/2025/daily-papers.md')).length, 1);
    assert.deepEqual(check(postFileName, POST, at('_posts/2025/2025-10-31-daily-papers.md')), []);
    assert.deepEqual(check(postFileName, POST, at('notes/daily-papers.md')), []);
    assert.deepEqual(check(postFileName, POST), []);
  });
  it("offers the name with the post's date in front", () => {
    const [finding] = check(postFileName, POST, at('_posts/daily-papers-20251031.md'));
    assert.equal(finding.fixes?.[0].renameTo, '2025-10-31-daily-papers-20251031.md');
    const [ignored] = check(postFileName, POST, at('_posts/#2025-10-31-daily-papers.md~'));
    assert.equal(ignored.fixes?.[0].renameTo, '2025-10-31-daily-papers.md');
  });
});

describe('post-unpublished', () => {
  it('removes the line, whatever its line ends', () => {
    const text = frontMatter({ published: 'false' }).replace(/\n/g, '\r\n') + paperEntry();
    const fixed = fixFirst(postUnpublished, text);
    assert.equal(fixed, frontMatter().replace(/\n/g, '\r\n') + paperEntry());
  });
});

describe('post-future', () => {
  const future = frontMatter({ date: '"2025-10-31 08:15:00"' }) + paperEntry();
  /** A quoted 2025-10-31 08:15 is Seoul's time: 2025-10-30 23:15 UTC. */
  const seoulPostTime = Date.UTC(2025, 9, 30, 23, 15);
  it("compares the post's time in the site's time zone with now", () => {
    assert.equal(check(postFuture, future, { ...at('_posts/2025-10-31-a.md'), now: seoulPostTime - 60_000 }).length, 1);
    assert.deepEqual(check(postFuture, future, { ...at('_posts/2025-10-31-a.md'), now: seoulPostTime + 60_000 }), []);
  });
  it("reads an unquoted time without a zone as UTC, as Ruby's YAML does", () => {
    const tonight = frontMatter({ date: '2025-10-31 20:00:00' }) + paperEntry();
    const [finding] = check(postFuture, tonight, {
      ...at('_posts/2025-10-31-a.md'),
      now: Date.UTC(2025, 9, 31, 13, 1),
    });
    assert.match(finding.message, /2025-11-01 05:00:00 \+0900 \(Asia\/Seoul\)/);
    assert.deepEqual(
      check(postFuture, tonight, { ...at('_posts/2025-10-31-a.md'), now: Date.UTC(2025, 9, 31, 20, 1) }),
      [],
    );
  });
  it('says which workflow builds without --future, and nothing when the site builds future posts', () => {
    const facts = { ...EXAMPLE_SITE, future: { built: false, source: '.github/workflows/deploy.yml' } };
    const [finding] = check(postFuture, future, { ...at('_posts/2025-10-31-a.md', facts), now: 0 });
    assert.match(finding.message, /`\.github\/workflows\/deploy\.yml` builds the site without `--future`/);
    const built = { ...EXAMPLE_SITE, future: { built: true, source: '_config.yml' } };
    assert.deepEqual(check(postFuture, future, { ...at('_posts/2025-10-31-a.md', built), now: 0 }), []);
  });
  it('reads the date of the file name when the front matter has none', () => {
    const text = frontMatter({ date: null }) + paperEntry();
    const [finding] = check(postFuture, text, { ...at('_posts/2099-01-01-a.md'), now: 0 });
    assert.equal(finding.span.start, 0);
  });
});

describe('permalink-conflict', () => {
  it('compares URLs as the site builds them, and points at the other post', () => {
    const other = {
      file: 'file:///blog/_posts/2025-10-31-daily-papers.markdown',
      path: '_posts/2025-10-31-daily-papers.markdown',
    };
    const sitePosts = (url: string) =>
      url !== '/dailypaper/2025/10/31/daily-papers/'
        ? []
        : [
            {
              ...other,
              permalink: { slug: 'daily-papers', date: { text: '2025-10-31 08:15:00', plain: true }, categories: [] },
            },
          ];
    const [finding] = check(permalinkConflict, POST, { ...at('_posts/2025-10-31-daily-papers.md'), sitePosts });
    assert.match(finding.message, /\/dailypaper\/2025\/10\/31\/daily-papers\//);
    assert.deepEqual(
      finding.related?.map((place) => place.file),
      [other.file],
    );
    assert.deepEqual(check(permalinkConflict, POST, { ...at('_posts/2025-10-31-other.md'), sitePosts }), []);
    assert.deepEqual(
      check(permalinkConflict, frontMatter({ published: 'false' }) + paperEntry(), {
        ...at('_posts/2025-10-31-daily-papers.md'),
        sitePosts,
      }),
      [],
    );
  });
});
