import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { previewShell } from '../../client/src/preview/webviewHtml';
import { renderPostPage, renderPreview } from '../../server/src/render';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { body, folderWith, FRONT_MATTER, shownContent } from './helpers';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '요약 <script>alert(2)</script> 끝',
  '<img src="x.png" onerror="alert(3)">',
  '[클릭](javascript:alert(4))',
  '<a href="JaVaScRiPt:alert(5)">링크</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<svg onload="alert(6)"><circle r="1"/></svg>',
  '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/y">',
  '<Parallel onclick="alert(7)">토큰</Parallel>',
  '<details open ontoggle="alert(8)"><summary>열기</summary>내용</details>',
  '![그림](javascript:alert(9))',
  '<a href="data:text/html,<script>alert(10)</script>">데이터</a>',
  '<style>body { display: none }</style>',
  '<form action="https://evil.example/"><input type="text" name="q"></form>',
  '<button type="submit" formaction="javascript:alert(11)" onclick="alert(12)">버튼</button>',
  '<meta http-equiv="refresh" content="0; url=https://evil.example/">',
];

describe('raw HTML in a post is rendered harmless', () => {
  for (const payload of PAYLOADS) {
    it(`neutralises ${payload.slice(0, 40)}`, async () => {
      const html = await body(`# 1. [논문](https://arxiv.org/abs/2510.00001)\n\n${payload}\n`);
      assert.doesNotMatch(html, /<script|<iframe|<svg|<object|<embed|<style|<form|<meta/i);
      assert.doesNotMatch(html, /\son[a-z]+=/i, 'no event handler attribute');
      assert.doesNotMatch(html, /(?:href|src)="\s*(?:javascript|data):/i, 'no javascript: or data: URL');
    });
  }

  it('keeps what Jekyll keeps of harmless HTML', async () => {
    const html = await body(
      '<div align="center"><b>그림</b> <sup>2</sup> <kbd>Ctrl</kbd></div>\n\n<Parallel>토큰</Parallel>\n\n<button class="navbar-toggler" type="button" data-toggle="collapse" formaction="https://evil.example/">메뉴</button>\n',
    );
    assert.match(html, /<div align="center"><b>그림<\/b> <sup>2<\/sup> <kbd>Ctrl<\/kbd><\/div>/);
    assert.match(html, /<button class="navbar-toggler" type="button" data-toggle="collapse">메뉴<\/button>/);
    assert.match(html, /<Parallel>토큰<\/Parallel>/);
  });

  it('strips scripts and handlers from the site layout in the preview, and images from elsewhere than https and the workspace', async () => {
    const root = folderWith({
      '_config.yml': 'title: 블로그\n',
      '_layouts/post.html':
        '<html><head><script>alert(1)</script></head><body onload="alert(2)"><img src="http://tracker.example/p.gif"><h1>{{ page.title }}</h1>{{ content }}</body></html>',
      '_posts/2025-10-31-daily-papers-20251031.md': `${FRONT_MATTER.replace('title: "Daily Papers — 2025-10-31"', 'title: "<img src=x onerror=alert(3)>"')}\n![원격](https://arxiv.org/x.png) ![평문](http://example.com/y.png) ![로컬](/assets/z.png) ![밖](/../../etc/passwd)\n`,
    });
    const filePath = join(root, '_posts/2025-10-31-daily-papers-20251031.md');
    const result = await renderPreview(
      { text: readFileSync(filePath, 'utf8'), filePath, allowSite: true, files: nodeFileSystem },
      { resourceRoots: [{ path: root, webviewUri: 'https://file+.vscode-resource.vscode-cdn.net/ws' }] },
    );
    const content = shownContent(result);
    const page = `${result.chrome!.before}${content}${result.chrome!.after}`;
    assert.doesNotMatch(page, /<script|onload|onerror|tracker\.example|http:\/\/example\.com|passwd/);
    assert.match(content, /src="https:\/\/arxiv\.org\/x\.png"/);
    assert.match(content, /src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ws\/assets\/z\.png"/);
  });

  it("lets only the preview's own nonce'd script run and its own nonce'd styles apply in the webview", () => {
    for (const remoteContent of [false, true]) {
      const html = previewShell(
        { cspSource: 'https://file+.vscode-resource.vscode-cdn.net' },
        {
          script: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.js',
          style: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.css',
          mathScript: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/math.js',
          mathStyle: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/math.css',
          labels: {
            hideNotes: '숨기기 "<script>',
            stylesLoading: '불러오는 중 "<script>',
            kept: '업데이트 중 "<script>',
          },
          remoteContent,
        },
      );
      const policy = /Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
      const nonce = /script-src 'nonce-([^']+)'/.exec(policy)![1];
      assert.match(policy, /^default-src 'none'; /);
      assert.doesNotMatch(/script-src[^;]*/.exec(policy)![0], /unsafe|https:|\*/);
      assert.doesNotMatch(policy, /unsafe-inline/);
      assert.match(/style-src[^;]*/.exec(policy)![0], new RegExp(`'nonce-${nonce.replace(/[+/]/g, '\\$&')}'`));
      assert.equal(/style-src[^;]*https:/.test(policy.replace(/https:\/\/file\+\S+/g, '')), remoteContent);
      assert.equal(html.match(/<script/g)!.length, 1);
      assert.ok(
        html.includes(
          `<script nonce="${nonce}" src="https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.js">`,
        ),
      );
      assert.ok(html.includes('data-hide-notes-label="숨기기 &quot;&lt;script>"'));
      assert.ok(html.includes('data-styles-loading-label="불러오는 중 &quot;&lt;script>"'));
    }
  });
});

describe('the preview page cannot be restyled or imitated by a post', () => {
  const site = {
    '_config.yml': 'title: 블로그\n',
    '_layouts/post.html':
      '<html><head><title>{{ page.title }}</title><link rel="stylesheet" href="/assets/site.css"><link rel="stylesheet" href="https://cdn.example/mdb.css" integrity="sha256-abc" crossorigin="anonymous"></head><body><h1>{{ page.title }}</h1><div id="content">{{ content }}</div></body></html>',
    'assets/site.css': 'body { color: black }\n',
  };
  const resourceRoots = (root: string) => [
    { path: root, webviewUri: 'https://file+.vscode-resource.vscode-cdn.net/ws' },
  ];

  it('takes no <style> or stylesheet link a front-matter title puts in the head', async () => {
    const title = 'x</title><style>body{display:none}</style><link rel="stylesheet" href="https://evil.example/x.css">';
    const text = `${FRONT_MATTER.replace('"Daily Papers — 2025-10-31"', JSON.stringify(title))}\n# 1. [논문](https://arxiv.org/abs/2510.00001)\n`;
    const root = folderWith({ ...site, '_posts/2025-10-31-daily-papers-20251031.md': text });
    const filePath = join(root, '_posts/2025-10-31-daily-papers-20251031.md');
    const { chrome, styles } = await renderPreview(
      { text, filePath, allowSite: true, files: nodeFileSystem },
      { resourceRoots: resourceRoots(root), remoteContent: true },
    );
    assert.deepEqual(styles, [
      { href: 'https://file+.vscode-resource.vscode-cdn.net/ws/assets/site.css' },
      { href: 'https://cdn.example/mdb.css', integrity: 'sha256-abc', crossOrigin: 'anonymous' },
    ]);
    assert.doesNotMatch(chrome!.before, /<style|evil\.example/);
  });

  it('links remote stylesheets only when the preview may load remote content', async () => {
    const text = `${FRONT_MATTER}\n# 1. [논문](https://arxiv.org/abs/2510.00001)\n`;
    const root = folderWith({ ...site, '_posts/2025-10-31-daily-papers-20251031.md': text });
    const filePath = join(root, '_posts/2025-10-31-daily-papers-20251031.md');
    const { styles } = await renderPreview(
      { text, filePath, allowSite: true, files: nodeFileSystem },
      { resourceRoots: resourceRoots(root), remoteContent: false },
    );
    assert.deepEqual(styles, [{ href: 'https://file+.vscode-resource.vscode-cdn.net/ws/assets/site.css' }]);
  });

  it("strips the preview's own marks from a post and its layout, in the preview only", async () => {
    const markdown =
      '<p data-line="0" data-pd-problem="x" class="pd-problem keep" id="pd-notes">가짜</p>\n\n# 1. [논문](https://arxiv.org/abs/2510.00001)\n';
    const text = `${FRONT_MATTER}\n${markdown}`;
    const result = await renderPreview({ text, allowSite: false }, { resourceRoots: [] });
    const content = shownContent(result);
    assert.doesNotMatch(content + result.chrome!.before, /data-pd|pd-problem|pd-notes/);
    assert.match(content, /<p class="keep" data-line="8">가짜<\/p>/);
    assert.match(await body(markdown), /data-line="0"/, '--body keeps what Jekyll keeps');
  });

  it('gives poster, srcset and CSS url() the URL policy of src', async () => {
    const html = await body(
      [
        '<video src="https://v.example/a.mp4" poster="javascript:alert(1)"></video>',
        '<img src="https://i.example/a.png" srcset="javascript:alert(2) 1x, https://i.example/b.png 2x, data:image/png;base64,AA 3x">',
        '<span style="color: red; background: url(\'javascript:alert(3)\')">A</span>',
        '<span style="background-image: image-set(&quot;data:image/png;base64,AA&quot; 1x)">B</span>',
        '<span style="color: blue">C</span>',
        '<a xlink:href="javascript:alert(4)">D</a>',
      ].join('\n\n'),
    );
    assert.doesNotMatch(html, /javascript:|data:image/);
    assert.match(html, /srcset="https:\/\/i\.example\/b\.png 2x"/);
    assert.match(html, /style="color: blue"/, 'a style without URLs is kept as written');
    assert.match(html, /<span style="color:red;background:url\(\)">A<\/span>/);
  });

  it('points srcset candidates and style url()s at the workspace in the preview', async () => {
    const text = `${FRONT_MATTER}\n<img src="/a.png" srcset="/b.png 2x, http://x.example/c.png 3x"> <span style="background: url(/d.png)">D</span>\n`;
    const root = folderWith({ '_posts/2025-10-31-daily-papers-20251031.md': text });
    const filePath = join(root, '_posts/2025-10-31-daily-papers-20251031.md');
    const content = shownContent(
      await renderPreview({ text, filePath, allowSite: false }, { resourceRoots: resourceRoots(root) }),
    );
    assert.match(content, /srcset="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ws\/b\.png 2x"/);
    assert.match(content, /url\(https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ws\/d\.png\)/);
  });
});

describe('a site cannot make the preview read files outside it', () => {
  it('reads no include, data file or stylesheet through a symbolic link out of the site (or of _includes)', async () => {
    const outside = folderWith({
      'secret.html': '비밀-include',
      'secret.yml': 'word: 비밀-data\n',
      'secret.css': 'body { color: red }',
    });
    const text = `${FRONT_MATTER}\n# 1. [논문](https://arxiv.org/abs/2510.00001)\n`;
    const root = folderWith({
      '_config.yml': 'title: 블로그\n',
      '_layouts/post.html':
        '<html><head><link rel="stylesheet" href="/assets/linked.css"></head><body>{% include linked.html %}{% include own.html %}{% include alias.html %}{{ site.data.linked.word }}{{ content }}</body></html>',
      '_includes/own.html': '자기-include',
      '_includes/parts/real.html': '별칭-include',
      '_posts/2025-10-31-daily-papers-20251031.md': text,
    });
    symlinkSync(join(outside, 'secret.html'), join(root, '_includes/linked.html'));
    symlinkSync(join(root, '_includes/parts/real.html'), join(root, '_includes/alias.html'));
    mkdirSync(join(root, '_data'));
    symlinkSync(join(outside, 'secret.yml'), join(root, '_data/linked.yml'));
    mkdirSync(join(root, 'assets'));
    symlinkSync(join(outside, 'secret.css'), join(root, 'assets/linked.css'));
    const filePath = join(root, '_posts/2025-10-31-daily-papers-20251031.md');
    const page = await renderPostPage({ text, filePath, allowSite: true, files: nodeFileSystem });
    assert.match(page, /자기-include/);
    assert.match(page, /별칭-include/, 'a link to an include inside _includes is followed');
    assert.doesNotMatch(page, /비밀/);
    const { styles } = await renderPreview(
      { text, filePath, allowSite: true, files: nodeFileSystem },
      { resourceRoots: [{ path: root, webviewUri: 'https://file+.vscode-resource.vscode-cdn.net/ws' }] },
    );
    assert.deepEqual(styles, []);
  });
});
