import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { runRender } from '../../server/src/cli/render';
import { renderPostPage } from '../../server/src/render';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { REPO, TEST_BLOG } from '../helpers';
import { folderWith, permalinkPost, siteWith, TWO_POSTS_ONE_PERMALINK } from './helpers';

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
    assert.match(
      out,
      /<blockquote>\s*<p><a href="https:\/\/www.alphaxiv.org\/ko\/overview\/2510.26794">Alphaxiv<\/a><\/p>\s*<\/blockquote>/,
    );
    assert.doesNotMatch(out, /data-line|<html/);
  });

  it('renders every post of a site in one run with --out, each page where Jekyll writes it', async () => {
    const out = folderWith({});
    const { code, out: said } = await render(['--out', out, TEST_BLOG]);
    assert.equal(code, 0);
    assert.equal(said, `14 of 14 posts rendered into ${out}\n`);
    const page = readFileSync(join(out, 'dailypaper/2025/10/31/daily-papers-20251031/index.html'), 'utf8');
    assert.equal(
      page,
      await renderPostPage({
        text: readFileSync(join(TEST_BLOG, '_posts/2025-10-31-daily-papers-20251031.md'), 'utf8'),
        filePath: join(TEST_BLOG, '_posts/2025-10-31-daily-papers-20251031.md'),
        allowSite: true,
        files: nodeFileSystem,
      }),
    );
    assert.ok(existsSync(join(out, 'dailypaper/2025/12/25/daily-papers/index.html')));
  });

  it('writes no page whose permalink leads out of the --out folder', async () => {
    const site = siteWith({ '2025-10-31-escape.md': permalinkPost('/../../escaped.html', '본문') });
    const out = join(site, 'out');
    const { code, err } = await render(['--out', out, site]);
    assert.equal(code, 1);
    assert.match(err, /its permalink \/\.\.\/\.\.\/escaped\.html leads out of/);
    assert.ok(!existsSync(join(site, '..', 'escaped.html')));
  });

  it('never follows a link found in the --out folder: no page lands outside it, nor is written through a link', async () => {
    const site = siteWith({
      '2025-10-31-linked.md': permalinkPost('/linked/page.html', '본문'),
      '2025-11-01-kept.md': permalinkPost('/kept.html', '본문'),
    });
    const outside = folderWith({ 'kept.html': '바깥 파일\n' });
    const out = join(site, 'out');
    mkdirSync(out);
    symlinkSync(outside, join(out, 'linked'));
    symlinkSync(join(outside, 'kept.html'), join(out, 'kept.html'));
    const { code, err } = await render(['--out', out, site]);
    assert.equal(code, 1);
    assert.match(
      err,
      /2025-10-31-linked\.md: linked in the output folder is not a folder \(a link, or a file\); not written/,
    );
    assert.deepEqual(readdirSync(outside), ['kept.html']);
    assert.equal(readFileSync(join(outside, 'kept.html'), 'utf8'), '바깥 파일\n', 'the file a link named is untouched');
    assert.ok(!lstatSync(join(out, 'kept.html')).isSymbolicLink(), 'the page replaced the link');
    assert.match(readFileSync(join(out, 'kept.html'), 'utf8'), /본문/);
  });

  it('reports two posts with one permalink as an error naming both, and writes the first one only', async () => {
    const site = siteWith(TWO_POSTS_ONE_PERMALINK);
    const out = join(site, 'out');
    const { code, out: said, err } = await render(['--out', out, site]);
    assert.equal(code, 1);
    assert.equal(said, `1 of 2 posts rendered into ${out}\n`);
    assert.match(
      err,
      /2025-11-01-second\.md: its permalink \/same\/ is also that of \S*2025-10-31-first\.md; not written/,
    );
    assert.match(readFileSync(join(out, 'same/index.html'), 'utf8'), /첫 번째/);
  });

  it('exits 2 with the usage on a missing file or wrong arguments', async () => {
    assert.equal((await render([])).code, 2);
    assert.match((await render(['--bogus', POST])).err, /Usage: paper-digest render/);
    assert.match((await render([join(REPO, 'no-such-post.md')])).err, /cannot read/);
  });
});
