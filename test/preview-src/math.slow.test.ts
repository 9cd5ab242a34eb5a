import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { renderPreview } from '../../server/src/render';
import { renderMessage, WebviewPage } from './webviewPage';

const POST = `---
title: 수식
---

# 1. [Scaling Laws](https://arxiv.org/abs/2501.00001)

손실은 $$L(N) = (N_c / N)^{\\alpha_N}$$ 로 줄어든다.

$$
\\mathcal{L} = -\\sum_{i=1}^{n} \\log p_\\theta(x_i \\mid x_{<i})
$$

\`\`\`latex
\\(a + b\\) 는 코드 안에서 그대로 남는다
\`\`\`

인라인 코드 \`\\(x\\)\`도 그대로다.
`;

async function show(page: WebviewPage, text: string): Promise<void> {
  const result = await renderPreview(
    { text, filePath: '/nowhere/_posts/2025-10-31-math.md', allowSite: false },
    { resourceRoots: [] },
  );
  await page.show([renderMessage(result)]);
}

// The page typesets on its own once its typesetter has loaded: a test waits for it, for no longer than this.
describe('the preview webview typesetting formulas', { timeout: 60_000 }, () => {
  let page: WebviewPage;
  before(async () => {
    page = await WebviewPage.open(__dirname);
  });
  after(() => page?.close());

  it("typesets kramdown's inline and display math with KaTeX, and leaves code alone", async () => {
    await show(page, POST);
    await page.waitFor(`document.querySelectorAll('.katex').length === 2`);
    assert.deepEqual(
      await page.evaluate(
        `[...document.querySelectorAll('.pd-math')].map((m) => [m.tagName, !!m.querySelector('.katex-display')])`,
      ),
      [
        ['SPAN', false],
        ['DIV', true],
      ],
    );
    const text = await page.evaluate<string>(
      `(() => { const body = document.body.cloneNode(true); body.querySelectorAll('pre, code, .katex').forEach((e) => e.remove()); return body.textContent; })()`,
    );
    assert.doesNotMatch(text, /\\\\[([]|\\$\\$/);
    assert.deepEqual(
      await page.evaluate(`[...document.querySelectorAll('pre code, p code')].map((code) => code.textContent.trim())`),
      [String.raw`\(a + b\) 는 코드 안에서 그대로 남는다`, String.raw`\(x\)`],
    );
  });

  it('typesets a formula typed into a block the page already shows', async () => {
    await show(
      page,
      POST.replace('로 줄어든다.', () => '로 줄어든다. 또 $$\\beta$$ 도.'),
    );
    await page.waitFor(`document.querySelectorAll('.katex').length === 3`);
    assert.equal(await page.evaluate(`document.querySelectorAll('.katex-error').length`), 0);
  });
});
