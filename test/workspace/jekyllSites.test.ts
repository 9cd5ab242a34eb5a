import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JekyllSites } from '../../server/src/workspace/jekyllSites';
import { filesOf } from '../helpers';

describe('JekyllSites', () => {
  const POST = '/b/_posts/2025-10-31-daily-papers-20251031.md';
  const NEW_POST = '/b/_posts/2025-11-01-daily-papers-20251101.md';
  const sites = () => new JekyllSites(filesOf({ '/b/_config.yml': 'title: b\n', [POST]: '' }));

  it('adds a file its facts do not list (a post `post_url` may name) to them, and keeps the rest of them', async () => {
    const known = sites();
    const before = await known.siteOf(POST);
    assert.equal(known.changed([NEW_POST]), 'files');
    const after = await known.siteOf(POST);
    assert.equal(after?.facts, before?.facts, 'the same facts: nothing but the list changed');
    assert.ok(after?.facts.files?.includes('_posts/2025-11-01-daily-papers-20251101.md'));
    assert.equal(known.changed([NEW_POST]), undefined, 'listed once');
  });

  it('forgets a site whose config changes', async () => {
    const known = sites();
    const before = await known.siteOf(POST);
    assert.equal(known.changed(['/b/_config.yml']), 'facts');
    assert.notEqual((await known.siteOf(POST))?.facts, before?.facts);
  });

  it('keeps a site when a post it lists is saved', async () => {
    const known = sites();
    await known.siteOf(POST);
    assert.equal(known.changed([POST]), undefined);
  });
});
