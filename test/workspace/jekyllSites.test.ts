import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JekyllSites } from '../../server/src/workspace/jekyllSites';
import { filesOf } from '../helpers';

describe('JekyllSites', () => {
  const POST = '/b/_posts/2025-10-31-daily-papers-20251031.md';
  const sites = () => new JekyllSites(filesOf({ '/b/_config.yml': 'title: b\n', [POST]: '' }));

  it('forgets a site when a file its facts do not list appears (a post `post_url` may name)', async () => {
    const known = sites();
    await known.siteOf(POST);
    assert.equal(known.changed(['/b/_posts/2025-11-01-daily-papers-20251101.md']), true);
  });

  it('keeps a site when a post it lists is saved', async () => {
    const known = sites();
    await known.siteOf(POST);
    assert.equal(known.changed([POST]), false);
  });
});
