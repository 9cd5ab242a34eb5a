import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datedName, postNamed, postNameOf } from '../../../server/src/core/jekyll/postNames';

const POSTS = [
  { path: '_posts/2025-10-31-daily-papers-20251031.md', date: '2025-10-31', slug: 'daily-papers-20251031' },
  { path: '_posts/archive/2025-09-01-daily-papers-20250901.md', date: '2025-09-01', slug: 'daily-papers-20250901' },
  { path: 'research/_posts/2025-08-15-survey.markdown', date: '2025-08-15', slug: '요약-정리' },
];

describe('postNamed, as post_url.rb finds a post', () => {
  it('finds a post by its path in `_posts`, in a folder of it, or in a folder above it', () => {
    assert.equal(postNamed('2025-10-31-daily-papers-20251031', POSTS), POSTS[0]);
    assert.equal(postNamed(' /2025-10-31-daily-papers-20251031 ', POSTS), POSTS[0]);
    assert.equal(postNamed('archive/2025-09-01-daily-papers-20250901', POSTS), POSTS[1]);
    assert.equal(postNamed('research/2025-08-15-survey', POSTS), POSTS[2]);
  });

  it('falls back to the date and the slug the post is published with, wherever it is', () => {
    assert.equal(postNamed('2025-09-01-daily-papers-20250901', POSTS), POSTS[1]);
    assert.equal(postNamed('2025-8-15-요약-정리', POSTS), POSTS[2]);
  });

  it('finds nothing for another date, a slug that is only a prefix, or a name without a date', () => {
    assert.equal(postNamed('2025-10-30-daily-papers-20251031', POSTS), undefined);
    assert.equal(postNamed('2025-10-31-daily-papers', POSTS), undefined);
    assert.equal(postNamed('daily-papers-20251031', POSTS), undefined);
    assert.equal(postNameOf('daily-papers-20251031'), undefined);
  });

  it('reads a post file name into its date and slug', () => {
    assert.deepEqual(datedName('_posts/archive/2025-09-01-daily-papers-20250901.md'), {
      date: '2025-09-01',
      slug: 'daily-papers-20250901',
    });
    assert.equal(datedName('_posts/notes.md'), undefined);
  });
});
