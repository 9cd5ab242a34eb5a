import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RenderResult, ToWebview } from '../../server/src/protocol';
import { renderPreview } from '../../server/src/render';
import { generatePost } from '../generatedBlog';
import { WebviewPage } from './webviewPage';

const skip = WebviewPage.available() ? false : 'needs npm run build and /usr/bin/chromium';

function renderMessage(result: Omit<RenderResult, 'version'>): ToWebview {
  return { type: 'render', blocks: result.blocks, chrome: result.chrome, styles: result.styles, notes: result.notes };
}

describe('the preview webview patching the post content', { skip }, () => {
  let page: WebviewPage;
  before(async () => {
    page = await WebviewPage.open(__dirname);
  });
  after(() => page?.close());

  it('replaces only the block a keystroke changed; the blocks after it stay where they are, untouched', async () => {
    const post = generatePost(6);
    const source = { filePath: '/nowhere/_posts/2025-10-31-daily-papers.md', allowSite: false };
    const first = await renderPreview({ ...source, text: post }, { resourceRoots: [] });
    await page.show([renderMessage(first)]);
    // Each paper heading is marked, and every node added to or removed from the content is counted.
    await page.evaluate(`(() => {
      document.querySelectorAll('h1[data-line]').forEach((heading, i) => { heading.pdMark = i; });
      window.changed = { added: 0, removed: 0 };
      new MutationObserver((records) => records.forEach((record) => {
        window.changed.added += record.addedNodes.length;
        window.changed.removed += record.removedNodes.length;
      })).observe(document.querySelector('h1[data-line]').parentElement, { childList: true });
    })()`);
    const at = post.indexOf('\n', post.indexOf('## Method', post.indexOf('# 3.'))) + 1;
    const typed = await renderPreview({ ...source, text: `${post.slice(0, at)}추가${post.slice(at)}` }, { resourceRoots: [], shown: { chromeKey: first.chromeKey, blockKeys: first.blocks.map((block) => block.key) } });
    assert.deepEqual(typed.blocks.map((block) => block.html !== undefined), [false, false, false, true, false, false, false]);
    await page.show([renderMessage(typed)]);
    const nodesOfBlock = await page.evaluate<number>(`(() => { const t = document.createElement('template'); t.innerHTML = ${JSON.stringify(typed.blocks[3].html)}; return t.content.childNodes.length; })()`);
    assert.deepEqual(await page.evaluate('window.changed'), { added: nodesOfBlock, removed: nodesOfBlock });
    assert.deepEqual(await page.evaluate(`[...document.querySelectorAll('h1[data-line]')].map((heading) => heading.pdMark ?? 'new')`), [0, 1, 'new', 3, 4, 5]);
    assert.match(await page.evaluate<string>(`document.querySelectorAll('h1[data-line]')[2].nextElementSibling.outerHTML`), /<blockquote/);
  });
});
