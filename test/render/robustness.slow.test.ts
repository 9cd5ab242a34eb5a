import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderPostBody, renderPostPage, renderPreview } from '../../server/src/render';
import { PREVIEW_LIMIT } from '../../server/src/render/preview';
import { post } from '../helpers';
import { shownContent } from './helpers';

const renders = (text: string) => [
  renderPostBody({ text, allowSite: false }),
  renderPostPage({ text, allowSite: false }),
  renderPreview({ text, allowSite: false }, { resourceRoots: [] }),
];

describe('the renderer never throws', () => {
  const inputs: Record<string, string> = {
    'malformed YAML front matter':
      '---\ntitle: "Daily Papers — 2025-10-31\ntags: [papers\n  - : :\n---\n# 1. [논문](https://arxiv.org/abs/2510.00001)\n',
    'an unclosed front matter': '---\ntitle: 열린 머리말\n# 1. 제목\n',
    'binary junk': Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 256)).toString('latin1'),
    'NUL and lone surrogates': 'a\u0000b \ud800 c \udc00 **\u0000**',
    'broken Liquid': '# 제목 {{ page.title \n\n{% if %}{% endfor %} {{ | }}',
    'pathological emphasis': '*가 **나 _다 __라 '.repeat(5_000),
    'deeply nested quotes and lists': `${'> '.repeat(300)}인용\n\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- 항목`).join('\n')}\n`,
    'unclosed inline and block HTML': '<div><Parallel><b>굵게 <span>\n\n## 다음 절\n\n<details>',
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(`renders ${name}`, async () => {
      for (const html of await Promise.all(renders(text))) assert.ok(html);
    });
  }

  it('previews a 5 MB post, showing its start', async () => {
    const text = post(Array.from({ length: 30 }, () => ({}))).repeat(320);
    assert.ok(text.length > 5_000_000);
    const result = await renderPreview({ text, allowSite: false }, { resourceRoots: [] });
    assert.match(result.notes.join('\n'), /the preview shows its first/);
    assert.ok(shownContent(result).length > PREVIEW_LIMIT / 2);
  });
});

describe('the kramdown parser on repetition loops finishes, with what kramdown reads', () => {
  const body = (text: string) => renderPostBody({ text, allowSite: false });
  const count = (html: string, part: string) => html.split(part).length - 1;

  it('reads a line of 5,000 `- ` as a rule', async () => {
    assert.equal(await body(`${'- '.repeat(5_000)}\n`), '<hr />');
  });

  it('shows 5,000 nested `- ` before a word, past the nesting bound, as the text it is', async () => {
    const html = await body(`${'- '.repeat(5_000)}항목\n`);
    assert.match(html, /^<pre>(- ){5000}항목\n<\/pre>$/);
  });

  it('reads 10,000 `> - ` lines as one quote holding one list of 10,000 items', async () => {
    const html = await body('> - 항목\n'.repeat(10_000));
    assert.match(html, /^<blockquote><ul><li>항목<\/li>/);
    assert.equal(count(html, '<li>항목</li>'), 10_000);
    assert.equal(count(html, '<ul>'), 1);
  });

  it('shows 3,000 nested `> - ` as text', async () => {
    const html = await body(`${'> - '.repeat(3_000)}항목\n`);
    assert.equal(count(html, '&gt; - '), 3_000);
    assert.match(html, /^<pre>/);
  });
});
