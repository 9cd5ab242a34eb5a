// The site's stylesheets built from Sass for the preview, as the site's job builds them: compiled from the site's
// files read first (the compile itself never waits), kept for the next session with what they were made from, and
// read back only while none of that changed.
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildStylesheet, invalidateSite, readStoredStylesheet, type StylesheetSource } from '../../server/src/render';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { folderWith } from './helpers';

const WEBVIEW = 'https://file+.vscode-resource.vscode-cdn.net/ws';

const SITE = {
  '_config.yml': 'title: 블로그\nmax_width: 930px\n',
  '_layouts/post.html': '<html><body>{{ content }}</body></html>',
  'assets/css/main.scss': '---\n---\n$max-content-width: {{ site.max_width }};\n@import "layout", "colors";\n',
  '_sass/_layout.scss':
    '.container { max-width: $max-content-width; background: url(../img/paper.png); .post-title { font-weight: 300; } }\n',
  '_sass/colors/_index.scss': 'html[data-theme="dark"] { --bg: black; }\n',
};

function site(files: Record<string, string> = SITE): { root: string; source: StylesheetSource } {
  const root = folderWith(files);
  const sheet = { source: join(root, 'assets/css/main.scss'), cssFile: join(root, 'assets/css/main.css') };
  const resourceRoots = [{ path: root, webviewUri: WEBVIEW }];
  return { root, source: { root, sheet, resourceRoots, compiler: 'sass 1.108.2' } };
}

/** A file of the site written anew, as the editor's watcher reports it. */
function change(root: string, path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
  invalidateSite([join(root, path)]);
}

describe("the site's Sass, built for the preview", () => {
  it('compiles with the Liquid of its entry, points url()s at the webview, and finds the dark mode', async () => {
    const { source } = site();
    const { built } = await buildStylesheet(nodeFileSystem, source);
    assert.ok(built.css.includes(`.container{max-width:930px;background:url(${WEBVIEW}/assets/img/paper.png)}`));
    assert.ok(built.css.includes('.container .post-title{font-weight:300}'));
    assert.deepEqual(built.darkMode, { attribute: 'data-theme', dark: 'dark', light: 'light' });
  });

  it("follows an @import out of the load paths into the site's other folders", async () => {
    const { source } = site({
      ...SITE,
      'assets/css/main.scss': '---\n---\n@import "../../vendor/theme/base";\n',
      'vendor/theme/_base.scss': '@import "parts";\n.vendor { color: red; }\n',
      'vendor/theme/_parts.scss': '.part { color: blue; }\n',
    });
    const { built } = await buildStylesheet(nodeFileSystem, source);
    assert.match(built.css, /\.part \{\s*color: blue;[^]*\.vendor \{\s*color: red;/);
  });

  it('reads no partial through a symbolic link out of the site', async () => {
    const outside = folderWith({ '_secret.scss': '.secret { color: red; }\n' });
    const { root, source } = site({ ...SITE, 'assets/css/main.scss': '---\n---\n@import "secret";\n' });
    symlinkSync(join(outside, '_secret.scss'), join(root, '_sass/_secret.scss'));
    await assert.rejects(buildStylesheet(nodeFileSystem, source), /Can't find stylesheet to import/);
  });
});

describe("the site's Sass, kept between sessions", () => {
  it('is read back as it was built while nothing it was made from changed', async () => {
    const { source } = site();
    const { built, stored } = await buildStylesheet(nodeFileSystem, source);
    assert.deepEqual(await readStoredStylesheet(nodeFileSystem, source, stored), { built, fresh: true });
  });

  it("points the kept CSS at the preview's folders when they changed since", async () => {
    const { root, source } = site();
    const { stored } = await buildStylesheet(nodeFileSystem, source);
    const moved = { ...source, resourceRoots: [{ path: root, webviewUri: 'https://elsewhere.example/ws' }] };
    const read = await readStoredStylesheet(nodeFileSystem, moved, stored);
    assert.equal(read?.fresh, true);
    assert.ok(read?.built.css.includes('url(https://elsewhere.example/ws/assets/img/paper.png)'));
  });

  it('is outdated by a change to a partial, to the config, or by a partial added beside one it loaded', async () => {
    for (const [path, text] of [
      ['_sass/_layout.scss', '.container { max-width: 1px; }\n'],
      ['_config.yml', 'title: 블로그\nmax_width: 800px\n'],
      ['_sass/_colors.scss', '.shadowing { color: green; }\n'],
    ]) {
      const { root, source } = site();
      const { built, stored } = await buildStylesheet(nodeFileSystem, source);
      change(root, path, text);
      assert.deepEqual(
        await readStoredStylesheet(nodeFileSystem, source, stored),
        { built, fresh: false },
        `after a change to ${path}: the old styles, outdated`,
      );
    }
  });

  it('is not read from damaged, foreign or older text', async () => {
    const { source } = site();
    const { stored } = await buildStylesheet(nodeFileSystem, source);
    const other = site();
    const { stored: foreign } = await buildStylesheet(nodeFileSystem, other.source);
    const entry = JSON.parse(stored) as Record<string, unknown>;
    for (const text of [
      stored.slice(0, stored.length / 2),
      'null',
      '[]',
      foreign,
      JSON.stringify({ ...entry, format: 0 }),
      JSON.stringify({ ...entry, compiler: 'sass 0.0.1' }),
      JSON.stringify({ ...entry, files: 'not a list' }),
    ])
      assert.equal(await readStoredStylesheet(nodeFileSystem, source, text), undefined, text.slice(0, 60));
  });
});
