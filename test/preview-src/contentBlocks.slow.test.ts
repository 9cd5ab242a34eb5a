import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { renderPreview } from '../../server/src/render';
import { generatePost } from '../generatedBlog';
import { renderMessage, WebviewPage } from './webviewPage';

/** Node.COMMENT_NODE: the slot's start, just after the line that says the styles load. */
const Node_COMMENT = 8;
/** Runs in the page: the text of the first paper heading at or below the top of the view. */
const TOP_HEADING = `[...document.querySelectorAll('h1[data-line]')].find((heading) => heading.getBoundingClientRect().bottom > 0)?.textContent`;

/** The 0-based line of paper `number`'s heading in a generated post. */
function headingLine(post: string, number: number): number {
  return post.split('\n').findIndex((line) => line.startsWith(`# ${number}.`));
}

describe('the preview webview patching the post content', () => {
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
    const typed = await renderPreview(
      { ...source, text: `${post.slice(0, at)}추가${post.slice(at)}` },
      { resourceRoots: [], shown: { chromeKey: first.chromeKey, blockKeys: first.blocks.map((block) => block.key) } },
    );
    assert.deepEqual(
      typed.blocks.map((block) => block.html !== undefined),
      [false, false, false, true, false, false, false],
    );
    await page.show([renderMessage(typed)]);
    const nodesOfBlock = await page.evaluate<number>(
      `(() => { const t = document.createElement('template'); t.innerHTML = ${JSON.stringify(typed.blocks[3].html)}; return t.content.childNodes.length; })()`,
    );
    assert.deepEqual(await page.evaluate('window.changed'), { added: nodesOfBlock, removed: nodesOfBlock });
    assert.deepEqual(
      await page.evaluate(`[...document.querySelectorAll('h1[data-line]')].map((heading) => heading.pdMark ?? 'new')`),
      [0, 1, 'new', 3, 4, 5],
    );
    assert.match(
      await page.evaluate<string>(`document.querySelectorAll('h1[data-line]')[2].nextElementSibling.outerHTML`),
      /<blockquote/,
    );
  });

  it('adds the rest of a long post below its first screen without touching what the page shows', async () => {
    const source = { text: generatePost(40), filePath: '/nowhere/_posts/2025-10-30-long.md', allowSite: false };
    const first = await renderPreview(source, { resourceRoots: [], viewLine: 0 });
    assert.equal(first.complete, false);
    await page.show([renderMessage(first)]);
    const shownFirst = await page.evaluate<number>(`(() => {
      document.querySelectorAll('h1[data-line]').forEach((heading, i) => { heading.pdMark = i; });
      window.removed = 0;
      new MutationObserver((records) => records.forEach((record) => { window.removed += record.removedNodes.length; }))
        .observe(document.querySelector('h1[data-line]').parentElement, { childList: true });
      return document.querySelectorAll('h1[data-line]').length;
    })()`);
    const rest = await renderPreview(source, {
      resourceRoots: [],
      shown: { chromeKey: first.chromeKey, blockKeys: first.blocks.map((block) => block.key) },
    });
    await page.show([renderMessage(rest)]);
    const marks = await page.evaluate<Array<number | string>>(
      `[...document.querySelectorAll('h1[data-line]')].map((heading) => heading.pdMark ?? 'new')`,
    );
    assert.equal(marks.length, 40);
    assert.deepEqual(marks.slice(0, shownFirst + 1), [...Array(shownFirst).keys(), 'new']);
    assert.deepEqual(await page.evaluate('[window.removed, window.scrollY]'), [0, 0]);
  });

  it('outlines each problem on the innermost block its line falls in', async () => {
    const post = generatePost(4);
    const result = await renderPreview(
      { text: post, filePath: '/nowhere/_posts/2025-10-31-daily-papers.md', allowSite: false },
      { resourceRoots: [] },
    );
    const lines = post.split('\n');
    const lineOf = (start: string, from = 0) => lines.findIndex((line, i) => i >= from && line.startsWith(start));
    const heading = lineOf('# 3.');
    const goal = lineOf('- Goal:', heading);
    const inMethod = lineOf('## Method', heading) + 1;
    await page.show([
      renderMessage(result),
      {
        type: 'problems',
        problems: [
          { line: heading, severity: 'information', message: '제목의 공백' },
          { line: goal, severity: 'error', message: '목표 없음' },
          { line: inMethod + 1, severity: 'warning', message: '방법의 둘째 줄' },
          { line: goal, severity: 'hint', message: '힌트는 표시하지 않는다' },
        ],
      },
    ]);
    const marked = await page.evaluate<string[]>(
      `[...document.querySelectorAll('.pd-problem')].map((element) => element.tagName + ' ' + element.className + ' ' + element.title)`,
    );
    assert.deepEqual(marked, [
      'H1 pd-problem pd-problem-warning 제목의 공백',
      'LI pd-problem pd-problem-error 목표 없음',
      'P pd-problem pd-problem-warning 방법의 둘째 줄',
    ]);
  });
  it("swaps in the site's styles once built, where the reader is, the stylesheets it has untouched, and stops saying they load", async () => {
    const source = { text: generatePost(12), filePath: '/nowhere/_posts/2025-10-29-styled.md', allowSite: false };
    const first = await renderPreview(source, { resourceRoots: [] });
    const link = { href: 'https://file+.vscode-resource.vscode-cdn.net/nowhere/site.css' };
    await page.show([{ ...renderMessage(first), styles: { styles: [link] }, stylesLoading: true }]);
    assert.equal(
      await page.evaluate("document.getElementById('pd-status')?.nextSibling?.nodeType"),
      Node_COMMENT,
      'a line just above the post content says the styles load',
    );
    const line = headingLine(source.text, 7);
    await page.show([{ type: 'scrollToLine', line }]);
    const before = await page.evaluate<number>(`(() => {
      window.keptLink = document.querySelector('link[data-pd-style]');
      return ${TOP_HEADING};
    })()`);
    const held = await renderPreview(source, {
      resourceRoots: [],
      shown: { chromeKey: first.chromeKey, blockKeys: first.blocks.map((block) => block.key) },
    });
    const styled = { styles: [link, { css: 'h1 { margin-top: 400px; } p { line-height: 3; }' }] };
    await page.show([{ ...renderMessage(held), styles: styled, stylesLoading: false }]);
    assert.deepEqual(
      await page.evaluate(`[
        document.querySelector('link[data-pd-style]') === window.keptLink,
        document.querySelectorAll('[data-pd-style]').length,
        getComputedStyle(document.querySelector('h1[data-line]')).marginTop,
        document.getElementById('pd-status'),
        ${TOP_HEADING},
      ]`),
      [true, 2, '400px', null, before],
    );
  });

  it('says above the post when jekyll build would stop on it, and its link selects the line in the editor', async () => {
    const source = { text: generatePost(2), filePath: '/nowhere/_posts/2025-10-29-broken.md', allowSite: false };
    const result = await renderPreview(source, { resourceRoots: [] });
    const jekyll = {
      kind: 'fails' as const,
      title: 'jekyll build stops on this post',
      message: "`endif` is no Liquid tag … Jekyll: Liquid syntax error (line 3): Unknown tag 'endif'",
      line: 12,
      lineLabel: 'Line 13',
    };
    await page.show([{ ...renderMessage(result), jekyll, notes: ['A note'] }]);
    // The verdict, then the notes, then the element that confines the post content: the post cannot cover them.
    assert.deepEqual(
      await page.evaluate(
        `(() => { const notes = document.querySelector('#pd-jekyll').nextElementSibling; return [notes.id, notes.nextElementSibling.style.getPropertyValue('contain')]; })()`,
      ),
      ['pd-notes', 'paint'],
    );
    assert.match(
      await page.evaluate<string>(`document.querySelector('#pd-jekyll').textContent`),
      /Unknown tag 'endif'/,
    );
    await page.click('#pd-jekyll a');
    assert.deepEqual(await page.evaluate(`window.toPanel.at(-1)`), { type: 'selectLine', line: 12 });
    await page.show([renderMessage(result)]);
    assert.equal(await page.evaluate(`document.querySelector('#pd-jekyll')`), null);
  });
});
