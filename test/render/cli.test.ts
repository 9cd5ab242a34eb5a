import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { runRender } from '../../server/src/cli/render';
import { REPO } from '../helpers';

const POST = join(REPO, 'test/fixtures/jekyll-site/_posts/2025-10-31-daily-papers-20251031.md');

async function render(argv: string[]) {
  const [out, err] = [new PassThrough(), new PassThrough()];
  const chunks = { out: '', err: '' };
  out.on('data', (chunk) => (chunks.out += chunk));
  err.on('data', (chunk) => (chunks.err += chunk));
  const code = await runRender(argv, out, err);
  return { code, ...chunks };
}

describe('paper-digest render', () => {
  it('prints the full page through the site layout', async () => {
    const { code, out } = await render([POST]);
    assert.equal(code, 0);
    assert.match(out, /^<h1 id="1-scaling-laws-for-motion-generation-data-model-and---evaluation">/);
  });

  it('prints only the post content with --body', async () => {
    const { code, out } = await render(['--body', POST]);
    assert.equal(code, 0);
    assert.match(out, /<blockquote>\s*<p><a href="https:\/\/www.alphaxiv.org\/ko\/overview\/2510.26794">Alphaxiv<\/a><\/p>\s*<\/blockquote>/);
    assert.doesNotMatch(out, /data-line|<html/);
  });

  it('exits 2 with the usage on a missing file or wrong arguments', async () => {
    assert.equal((await render([])).code, 2);
    assert.match((await render(['--bogus', POST])).err, /Usage: paper-digest render/);
    assert.match((await render([join(REPO, 'no-such-post.md')])).err, /cannot read/);
  });
});
