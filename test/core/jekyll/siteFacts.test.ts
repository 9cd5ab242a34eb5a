import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findSiteRoot, readSiteFacts } from '../../../server/src/core/jekyll/siteFacts';
import { nodeFileSystem } from '../../../server/src/workspace/nodeFileSystem';
import { filesOf, TEST_BLOG } from '../../helpers';

describe('readSiteFacts', () => {
  it("lists the site's files but for the folders Jekyll never reads", async () => {
    const facts = await readSiteFacts(
      filesOf({
        '/b/_config.yml': 'title: b\n',
        '/b/_posts/2025-10-31-daily-papers-20251031.md': '',
        '/b/_posts/archive/2025-09-01-daily-papers-20250901.md': '',
        '/b/_pages/about.md': '',
        '/b/.git/HEAD': '',
        '/b/_site/index.html': '',
        '/b/node_modules/x/package.json': '',
      }),
      '/b',
    );
    assert.deepEqual(facts.files, [
      '_config.yml',
      '_pages/about.md',
      '_posts/2025-10-31-daily-papers-20251031.md',
      '_posts/archive/2025-09-01-daily-papers-20250901.md',
    ]);
  });

  it("reads the test blog's includes, al-folio's plugin tags and its gems' tags", async () => {
    const facts = await readSiteFacts(nodeFileSystem, TEST_BLOG);
    assert.ok(facts.includes.includes('footer.liquid') && facts.includes.includes('scripts/misc.liquid'));
    assert.equal(facts.tags.details, 'block');
    assert.equal(facts.tags.file_exists, 'tag');
    assert.equal(facts.tags.google_scholar_citations, 'tag');
    assert.equal(facts.tags.tabs, 'block');
    assert.equal(facts.tags.cite, 'tag');
    assert.equal(facts.tags.if, 'block');
    assert.deepEqual(facts.unknownPlugins, []);
    assert.deepEqual(facts.future, { built: true, source: '_config.yml' });
    assert.equal(facts.config.title, 'blank');
  });

  it('finds --future in the workflow that builds the site, and says when nothing says it', async () => {
    const site = (workflow: string) =>
      filesOf({ '/b/_config.yml': 'title: b\n', '/b/.github/workflows/deploy.yml': workflow, '/b/_posts/x.md': '' });
    const build = (line: string) => `jobs:\n  build:\n    steps:\n      - run: ${line}\n`;
    assert.deepEqual(
      (await readSiteFacts(site(build('bundle exec jekyll build --trace --future -d _site')), '/b')).future,
      {
        built: true,
        source: '.github/workflows/deploy.yml',
      },
    );
    assert.deepEqual((await readSiteFacts(site(build('bundle exec jekyll build -d _site')), '/b')).future, {
      built: false,
      source: '.github/workflows/deploy.yml',
    });
    assert.deepEqual((await readSiteFacts(site('# jekyll build --future\n'), '/b')).future, { built: false });
  });

  it("takes the Gemfile's :jekyll_plugins group, and names the plugins whose tags are not known", async () => {
    const files = filesOf({
      '/b/_config.yml': 'plugins: [jekyll-feed]\nmarkdown_ext: "markdown,MD"\n',
      '/b/Gemfile':
        "source 'x'\ngroup :jekyll_plugins do\n  gem 'jekyll-seo-tag'\n  gem 'jekyll-spaceship'\nend\ngem 'webrick'\n",
    });
    const facts = await readSiteFacts(files, '/b');
    assert.equal(facts.tags.feed_meta, 'tag');
    assert.equal(facts.tags.seo, 'tag');
    assert.deepEqual(facts.unknownPlugins, ['jekyll-spaceship']);
    assert.deepEqual(facts.markdownExtensions, ['markdown', 'md']);
  });

  it('is the nearest folder with a config, or with what the caller needs', async () => {
    assert.equal(await findSiteRoot(nodeFileSystem, join(TEST_BLOG, '_posts/x.md')), TEST_BLOG);
    const files = filesOf({
      '/a/_config.yml': '',
      '/a/_layouts/post.html': '',
      '/a/b/_config.yml': '',
      '/a/b/_posts/x.md': '',
    });
    assert.equal(await findSiteRoot(files, '/a/b/_posts/x.md'), '/a/b');
    assert.equal(await findSiteRoot(files, '/a/b/_posts/x.md', ['_layouts']), '/a');
  });
});
