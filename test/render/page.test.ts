import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import type { FileSystem } from '../../server/src/core/fileSystem';
import { invalidateSite, renderPostPage, renderPreview } from '../../server/src/render';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { generatePost } from '../generatedBlog';
import type { ShownPreview } from '../../server/src/protocol';
import { folderWith, FRONT_MATTER, shownContent } from './helpers';

const POST_PATH = '_posts/2025-10-31-daily-papers-20251031.md';
const POST = `${FRONT_MATTER}\n\n# 1. [논문 제목](https://arxiv.org/abs/2510.26794)\n\n## Introduction\n- Goal: {{ page.title }}의 목표이다.\n`;

/** An al-folio-like site: `.liquid` layouts, includes, theme plugin tags and filters we do not have. */
const ALFOLIO_SITE = {
  '_config.yml':
    'title: 연구 블로그\nurl: https://hahngt.github.io\nbaseurl: /blog\npermalink: /dailypaper/:year/:month/:day/:title/\nmax_width: 930px\n',
  '_layouts/default.liquid': `<!doctype html>
<html lang="ko"><head>{% include head.liquid %}<link rel="stylesheet" href="{{ '/assets/css/main.css' | relative_url | bust_css_cache }}"><link rel="stylesheet" href="https://cdn.example/mdb.css"></head>
<body class="fixed-top-nav">{% include header.liquid %}{% include scripts/missing.liquid %}<div class="container mt-5" role="main">{{ content }}</div>{% toc %}<script src="/assets/js/theme.js"></script></body></html>`,
  '_layouts/post.liquid': `---
layout: default
---
{% assign year = page.date | date: '%Y' %}
<div class="post"><header class="post-header"><h1 class="post-title">{{ page.title }}</h1>
<p class="post-meta">Created in {{ page.date | date: '%B %d, %Y' }}</p>
<p class="post-tags">{{ year }}{% for tag in page.tags %} #{{ tag }}{% endfor %}</p></header>
<article class="post-content"><div id="markdown-content">{{ content }}</div></article>
<a class="canonical" href="{{ page.url | absolute_url }}">{{ site.title | xml_escape }}</a>{% details x %}접힘{% enddetails %}</div>`,
  '_includes/head.liquid': `<title>{% if page.title %}{{ page.title }}{% else if site.title %}{{ site.title }}{% endif %}</title>`,
  '_includes/header.liquid': '<nav class="navbar">{{ site.title }}{{ site.description | markdownify }}</nav>',
  'assets/css/main.scss': '---\n---\n$max-content-width: {{ site.max_width }};\n@import "layout";\n',
  '_sass/_layout.scss': '.container { max-width: $max-content-width; .post-title { font-weight: 300; } }\n',
  [POST_PATH]: POST,
};

async function page(files: Record<string, string>, allowSite = true): Promise<string> {
  const root = folderWith(files);
  return renderPostPage({ text: files[POST_PATH], filePath: join(root, POST_PATH), allowSite, files: nodeFileSystem });
}

describe('the page around the post', () => {
  it("renders an al-folio-like site's .liquid layouts, forgiving what it cannot run", async () => {
    const html = await page(ALFOLIO_SITE);
    assert.match(html, /<title>Daily Papers — 2025-10-31<\/title>/);
    assert.match(html, /<nav class="navbar">연구 블로그<\/nav>/);
    assert.match(html, /<h1 class="post-title">Daily Papers — 2025-10-31<\/h1>/);
    assert.match(html, /Created in October 31, 2025/);
    assert.match(html, /2025 #papers #hugginface/);
    assert.match(
      html,
      /href="\/blog\/assets\/css\/main.css\?d41d8cd98f00b204e9800998ecf8427e"/,
      "al-folio's bust_css_cache: the md5 of assets/_sass, empty here",
    );
    assert.match(html, /href="https:\/\/hahngt.github.io\/blog\/dailypaper\/2025\/10\/31\/daily-papers-20251031\/"/);
    assert.match(html, /<div id="markdown-content"><h1 id="1-논문-제목">/);
    assert.match(html, /Goal: Daily Papers — 2025-10-31의 목표이다\./);
    assert.match(html, /접힘/);
  });

  it('finds layouts written as .html too', async () => {
    const html = await page({
      '_config.yml': '',
      '_layouts/post.html': '<main>{{ page.title }}|{{ content }}</main>',
      [POST_PATH]: POST,
    });
    assert.match(html, /^<main>Daily Papers — 2025-10-31\|<h1 id="1-논문-제목">/);
  });

  it('takes what Ruby Liquid takes and escapes as Ruby does', async () => {
    const layout = [
      '<main>{{ content }}</main>',
      // al-folio's scripts/misc.liquid ends with this line; liquidjs refused it and the whole include rendered nothing.
      `{% include scripts.liquid %}`,
      `<p id="quoted">{{ page.title | append: '"' | escape }}|{{ page.title | append: '"' | escape | slugify }}|{{ '"<&amp;' | escape_once }}|{{ "'\\"" | xml_escape }}</p>`,
    ].join('');
    const html = await page({
      '_config.yml': '',
      '_layouts/post.html': layout,
      '_includes/scripts.liquid':
        '<script src="/assets/js/common.js"></script>\n{% assign site.test-library.url = site.test-library.url | append: \'teste\' %}{{ site.test-library.url }}',
      [POST_PATH]: POST,
    });
    assert.match(html, /<script src="\/assets\/js\/common.js"><\/script>\n<p/);
    assert.match(
      html,
      /<p id="quoted">Daily Papers — 2025-10-31&quot;\|daily-papers-2025-10-31-quot\|&quot;&lt;&amp;\|'&quot;<\/p>/,
    );
  });

  it("gives external links jekyll-link-attributes' rel and target when the site names the plugin, and only those", async () => {
    const layout = `<main>{{ content }}</main><footer><a href="https://hahngt.github.io/cv/">CV</a><a href="https://jekyllrb.com/" rel="me">Jekyll</a><br/></footer><script>const link = '<a href="https://x.example/">';</script>`;
    const files = {
      '_config.yml': 'url: https://hahngt.github.io\nplugins: [jekyll-feed, jekyll-link-attributes]\n',
      '_layouts/post.html': layout,
      [POST_PATH]: POST,
    };
    const html = await page(files);
    assert.match(
      html,
      /<h1 id="1-논문-제목">1\. <a href="https:\/\/arxiv.org\/abs\/2510.26794" rel="external nofollow noopener" target="_blank">논문 제목<\/a><\/h1>/,
    );
    assert.match(
      html,
      /<a href="https:\/\/hahngt.github.io\/cv\/">CV<\/a><a href="https:\/\/jekyllrb.com\/" rel="external nofollow noopener" target="_blank">Jekyll<\/a><br\/>/,
    );
    assert.match(html, /<script>const link = '<a href="https:\/\/x.example\/">';<\/script>/);
    const withoutPlugin = await page({ ...files, '_config.yml': 'url: https://hahngt.github.io\n' });
    assert.doesNotMatch(withoutPlugin, /nofollow/);
    const configured = await page({
      ...files,
      '_config.yml': `${files['_config.yml']}external_links:\n  rel: "noopener"\n  exclude: ['https://arxiv\\.org/.*']\n`,
    });
    assert.match(configured, /<a href="https:\/\/arxiv.org\/abs\/2510.26794">/);
    assert.match(configured, /<a href="https:\/\/jekyllrb.com\/" rel="noopener" target="_blank">/);
  });

  it('uses the built-in theme in an untrusted workspace, with the post header', async () => {
    const html = await page(ALFOLIO_SITE, false);
    assert.doesNotMatch(html, /navbar/);
    assert.match(html, /<h1 class="post-title p-name">Daily Papers — 2025-10-31<\/h1>/);
    // Without the site's `timezone:` an unquoted time (UTC to YAML) is shown in the machine's zone, as Jekyll does.
    const shown = new Date(Date.UTC(2025, 9, 31, 8, 15));
    const two = (n: number) => String(n).padStart(2, '0');
    const datetime = `${shown.getFullYear()}-${two(shown.getMonth() + 1)}-${two(shown.getDate())}T${two(shown.getHours())}:${two(shown.getMinutes())}:00`;
    const day = shown.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
    assert.ok(html.includes(`Created in <time class="dt-published" datetime="${datetime}">${day}</time>`), html);
    assert.match(html, /<span class="post-tag">#papers<\/span> <span class="post-tag">#hugginface<\/span>/);
  });

  it('falls back to the built-in theme when the layout is missing or broken, and says why', async () => {
    const brokenLayouts: Record<string, string>[] = [{}, { '_layouts/post.html': '{% for x in %}{{ content }}' }];
    for (const layouts of brokenLayouts) {
      const root = folderWith({ '_config.yml': '', '_layouts/.keep': '', ...layouts, [POST_PATH]: POST });
      const result = await renderPreview(
        { text: POST, filePath: join(root, POST_PATH), allowSite: true, files: nodeFileSystem },
        { resourceRoots: [] },
      );
      assert.equal(result.theme, 'builtin');
      assert.match(result.notes.join('\n'), /built-in theme/);
      assert.match(result.chrome!.before, /Created in/);
    }
  });
});

describe('the preview', () => {
  const root = folderWith(ALFOLIO_SITE);
  const filePath = join(root, POST_PATH);
  const resourceRoots = [{ path: root, webviewUri: 'https://file+.vscode-resource.vscode-cdn.net/ws' }];

  it('marks blocks with their 0-based line in the post file, which --body never does', async () => {
    const result = await renderPreview(
      { text: POST, filePath, allowSite: true, files: nodeFileSystem },
      { resourceRoots },
    );
    assert.match(shownContent(result), /<h1 id="1-논문-제목" data-line="9">/);
    assert.match(shownContent(result), /<h2 id="introduction" data-line="11">/);
    assert.doesNotMatch(
      await renderPostPage({ text: POST, filePath, allowSite: true, files: nodeFileSystem }),
      /data-line/,
    );
  });

  it('cuts the sanitized page at the content and sends it again only when it changed, its stylesheets named by a key', async () => {
    const first = await renderPreview(
      { text: POST, filePath, allowSite: true, files: nodeFileSystem },
      { resourceRoots },
    );
    assert.equal(first.theme, 'site');
    assert.match(first.chrome!.before, /<div id="markdown-content">$/);
    assert.match(first.chrome!.after, /^<\/div><\/article>/);
    assert.equal(first.chrome!.bodyClass, 'fixed-top-nav');
    assert.doesNotMatch(first.chrome!.before + first.chrome!.after, /<script/);
    const shown = {
      chromeKey: first.chromeKey,
      stylesKey: first.stylesKey,
      blockKeys: first.blocks.map((block) => block.key),
    };
    const typed = await renderPreview(
      { text: `${POST}- Motivation: 동기이다.\n`, filePath, allowSite: true, files: nodeFileSystem },
      { resourceRoots, shown },
    );
    assert.equal(typed.chromeKey, first.chromeKey);
    assert.equal(typed.chrome, undefined);
    assert.equal(typed.stylesKey, first.stylesKey);
    assert.match(shownContent(typed), /Motivation: 동기이다\./);
    // Another post's chrome (its title, date, tags), with the same stylesheets as the one shown.
    const retitled = await renderPreview(
      { text: POST.replace('2025-10-31"', '2025-11-01"'), filePath, allowSite: true, files: nodeFileSystem },
      { resourceRoots, shown },
    );
    assert.notEqual(retitled.chromeKey, first.chromeKey);
    assert.match(retitled.chrome!.before, /Daily Papers — 2025-11-01/);
    assert.equal(retitled.stylesKey, first.stylesKey);
  });

  it('answers a page that shows nothing yet with the screenful at the editor, then the rest', async () => {
    const text = generatePost(40);
    const long = { text, filePath: join(root, '_posts/2025-10-30-long.md'), allowSite: true, files: nodeFileSystem };
    const first = await renderPreview(long, { resourceRoots, viewLine: 0 });
    assert.equal(first.complete, false);
    assert.ok(first.chrome && first.styles);
    const shown = {
      chromeKey: first.chromeKey,
      stylesKey: first.stylesKey,
      blockKeys: first.blocks.map((block) => block.key),
    };
    const rest = await renderPreview(long, { resourceRoots, shown });
    assert.equal(rest.complete, true);
    assert.deepEqual(
      rest.blocks.slice(0, first.blocks.length),
      first.blocks.map(({ key, line }) => ({ key, line })),
    );
    assert.ok(rest.blocks.slice(first.blocks.length).every((block) => block.html));
    assert.equal(
      shownContent({ blocks: [...first.blocks, ...rest.blocks.slice(first.blocks.length)] }),
      shownContent(await renderPreview(long, { resourceRoots })),
    );
  });

  it("names the site's Sass stylesheet for the site's job to build, and leaves remote stylesheets out", async () => {
    const { styles } = await renderPreview(
      { text: POST, filePath, allowSite: true, files: nodeFileSystem },
      { resourceRoots },
    );
    assert.deepEqual(styles, [
      { sass: { source: join(root, 'assets/css/main.scss'), cssFile: join(root, 'assets/css/main.css') } },
    ]);
  });

  it("reads only a saved post again when nothing but its body changed, and keeps the page's chrome (an auto-save)", async () => {
    const siteRoot = folderWith({ ...ALFOLIO_SITE, '_posts/2025-10-30-earlier.md': POST.replace('10-31', '10-30') });
    const post = join(siteRoot, POST_PATH);
    const earlier = join(siteRoot, '_posts/2025-10-30-earlier.md');
    const reads: string[] = [];
    const files: FileSystem = {
      ...nodeFileSystem,
      readFile: (path) => (reads.push(relative(siteRoot, path)), nodeFileSystem.readFile(path)),
    };
    const roots = [{ path: siteRoot, webviewUri: 'https://file+.vscode-resource.vscode-cdn.net/ws' }];
    const preview = (text: string, shown?: ShownPreview) =>
      renderPreview({ text, filePath: post, allowSite: true, files }, { resourceRoots: roots, shown });
    const first = await preview(POST);
    const shownFirst = { chromeKey: first.chromeKey, stylesKey: first.stylesKey, blockKeys: [] };

    const typed = `${POST}- Motivation: 동기이다.\n`;
    writeFileSync(post, typed);
    invalidateSite([post]);
    reads.length = 0;
    const saved = await preview(typed, shownFirst);
    assert.deepEqual(reads, [POST_PATH], 'the saved post alone is read again');
    assert.equal(saved.chromeKey, first.chromeKey);
    assert.equal(saved.chrome, undefined);
    assert.equal(saved.stylesKey, first.stylesKey);

    // Another post retitled: `site.posts` changed, so may the page (its related posts, say), but not the rest of the site.
    writeFileSync(earlier, POST.replace('10-31', '10-30').replace('Daily Papers', 'Weekly Papers'));
    invalidateSite([earlier]);
    reads.length = 0;
    const retitled = await preview(typed, shownFirst);
    assert.deepEqual(
      reads.filter((path) => !/^_(layouts|includes)\//.test(path)),
      ['_posts/2025-10-30-earlier.md'],
    );
    assert.notEqual(retitled.chromeKey, first.chromeKey);

    writeFileSync(join(siteRoot, '_config.yml'), ALFOLIO_SITE['_config.yml'].replace('연구 블로그', '논문 블로그'));
    invalidateSite([join(siteRoot, '_config.yml')]);
    reads.length = 0;
    const reconfigured = await preview(typed, shownFirst);
    assert.ok(reads.includes('_config.yml') && reads.includes('_posts/2025-10-30-earlier.md'), `${reads}`);
    assert.match(reconfigured.chrome!.before, /논문 블로그/);
  });
});
