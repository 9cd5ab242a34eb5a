import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { previewShell } from '../../client/src/preview/webviewHtml';
import { renderPreview } from '../../server/src/render';
import { body, folderWith, FRONT_MATTER } from './helpers';

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
    const html = await body('<div align="center"><b>그림</b> <sup>2</sup> <kbd>Ctrl</kbd></div>\n\n<Parallel>토큰</Parallel>\n');
    assert.match(html, /<div align="center"><b>그림<\/b> <sup>2<\/sup> <kbd>Ctrl<\/kbd><\/div>/);
    assert.match(html, /<Parallel>토큰<\/Parallel>/);
  });

  it('strips scripts and handlers from the site layout in the preview, and images from elsewhere than https and the workspace', async () => {
    const root = folderWith({
      '_config.yml': 'title: 블로그\n',
      '_layouts/post.html': '<html><head><script>alert(1)</script></head><body onload="alert(2)"><img src="http://tracker.example/p.gif"><h1>{{ page.title }}</h1>{{ content }}</body></html>',
      '_posts/2025-10-31-daily-papers-20251031.md': `${FRONT_MATTER.replace('title: "Daily Papers — 2025-10-31"', 'title: "<img src=x onerror=alert(3)>"')}\n![원격](https://arxiv.org/x.png) ![평문](http://example.com/y.png) ![로컬](/assets/z.png) ![밖](/../../etc/passwd)\n`,
    });
    const filePath = join(root, '_posts/2025-10-31-daily-papers-20251031.md');
    const result = await renderPreview(
      { text: readFileSync(filePath, 'utf8'), filePath, allowSite: true },
      { resourceRoots: [{ path: root, webviewUri: 'https://file+.vscode-resource.vscode-cdn.net/ws' }] },
    );
    const page = `${result.chrome!.before}${result.content}${result.chrome!.after}`;
    assert.doesNotMatch(page, /<script|onload|onerror|tracker\.example|http:\/\/example\.com|passwd/);
    assert.match(result.content, /src="https:\/\/arxiv\.org\/x\.png"/);
    assert.match(result.content, /src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ws\/assets\/z\.png"/);
  });

  it("lets only the preview's own nonce'd script run in the webview", () => {
    const html = previewShell({ cspSource: 'https://file+.vscode-resource.vscode-cdn.net' } as never, { outline: '개요 "<script>', untitled: '(제목 없음)' });
    const policy = /Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    const nonce = /script-src 'nonce-([^']+)'/.exec(policy)![1];
    assert.match(policy, /^default-src 'none'; /);
    assert.doesNotMatch(/script-src[^;]*/.exec(policy)![0], /unsafe|https:|\*/);
    assert.equal(html.match(/<script/g)!.length, 1);
    assert.ok(html.includes(`<script nonce="${nonce}">`));
  });
});
