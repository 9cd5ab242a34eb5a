import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXAMPLE } from '../helpers';
import { body } from './helpers';

describe('markdown the way kramdown writes it', () => {
  it("gives the example's first heading kramdown's GFM id", async () => {
    assert.match(
      await body(EXAMPLE),
      /<h1 id="1-the-quest-for-generalizable-motion-generation-data-model-and---evaluation">/,
    );
  });

  it('numbers repeated heading ids and keeps Hangul in them', async () => {
    const html = await body('## 소개\n\n## 소개\n\n## Introduction\n\n## Introduction\n');
    assert.match(
      html,
      /<h2 id="소개">소개<\/h2><h2 id="소개-1">소개<\/h2><h2 id="introduction">Introduction<\/h2><h2 id="introduction-1">/,
    );
  });

  it('turns two trailing spaces into <br /> inside a paragraph, not at its end', async () => {
    const html = await body('첫 줄이다.  \n둘째 줄이다.  \n\n- Goal: 목표이다.  \n- Motivation: 동기이다.  \n');
    assert.equal(
      html,
      '<p>첫 줄이다.<br />둘째 줄이다.</p><ul><li>Goal: 목표이다.</li><li>Motivation: 동기이다.</li></ul>',
    );
  });

  it('writes the Alphaxiv line as a blockquote', async () => {
    assert.equal(
      await body('> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2510.26794)\n'),
      '<blockquote><p><a href="https://www.alphaxiv.org/ko/overview/2510.26794">Alphaxiv</a></p></blockquote>',
    );
  });

  it('applies smart quotes and typographic symbols, with kramdown’s rules for Hangul', async () => {
    const html = await body(`"추론"과 'self-correction', GPT-4o's 결과, 1990's, A--B, C---D... <<핵심>>\n`);
    assert.equal(html, '<p>“추론”과 ‘self-correction’, GPT-4o’s 결과, 1990’s, A–B, C—D… «핵심»</p>');
  });

  it('reads emphasis as kramdown does around Hangul and punctuation', async () => {
    assert.equal(
      await body('**"짧은 질문"**에 치우친 **굵게(설명)**다 *기울임*'),
      '<p><strong>“짧은 질문”</strong>에 치우친 <strong>굵게(설명)</strong>다 <em>기울임</em></p>',
    );
    assert.equal(
      await body('snake_case_name 과 __밑줄__도 그리고 2*3*4'),
      '<p>snake_case_name 과 __밑줄__도 그리고 2<em>3</em>4</p>',
    );
  });

  it('keeps unknown tags such as <Parallel> as kramdown does: hidden, holding the rest of the paragraph raw', async () => {
    const html = await body('모델은 <Parallel>, <Path>, <Summary> 토큰으로 "병렬" 추론을 한다.\n');
    assert.equal(
      html,
      '<p>모델은 <Parallel>, <Path>, &lt;Summary&gt; 토큰으로 "병렬" 추론을 한다.</Path></Parallel></p>',
    );
  });

  it('keeps the text of an unknown tag in a heading out of markdown but in the id', async () => {
    const html = await body("# 9. [<think> So let's go... </think> Lessons](https://arxiv.org/abs/2509.08358)\n");
    assert.match(
      html,
      /<h1 id="9--so-lets-go--lessons">9\. <a href="https:\/\/arxiv.org\/abs\/2509.08358"><think> So let's go... <\/think> Lessons<\/a><\/h1>/,
    );
  });

  it('decides <p> in list items item by item, and merges lists whatever their bullet', async () => {
    const html = await body('- 가\n\n- 나\n- 다\n\n* 라\n* 마\n\n  마의 설명.\n');
    assert.equal(
      html,
      '<ul><li><p>가</p></li><li>나</li><li><p>다</p></li><li>라</li><li><p>마</p><p>마의 설명.</p></li></ul>',
    );
  });

  it('reads numbered lines and `1)` the kramdown way', async () => {
    assert.equal(
      await body('단계는 다음과 같다.\n4. 넷째\n5. 다섯째\n'),
      '<p>단계는 다음과 같다.</p><ol><li>넷째</li><li>다섯째</li></ol>',
    );
    assert.equal(await body('1) 괄호 번호\n2) 둘째\n'), '<p>1) 괄호 번호 2) 둘째</p>');
  });

  it('keeps a dash underline after a paragraph of several lines in the paragraph, as an em dash', async () => {
    assert.equal(await body('첫 줄\n둘째 줄\n---\n\n제목\n---\n'), '<p>첫 줄 둘째 줄 —</p><h2 id="제목">제목</h2>');
  });

  it('writes tables with text-align styles, and no table without blank lines around it', async () => {
    assert.equal(
      await body('| 모델 | 점수 |\n|:---|---:|\n| A | **1** |\n'),
      '<table><thead><tr><th style="text-align: left">모델</th><th style="text-align: right">점수</th></tr></thead><tbody><tr><td style="text-align: left">A</td><td style="text-align: right"><strong>1</strong></td></tr></tbody></table>',
    );
    assert.equal(await body('## Method\n| a | b |\n|---|---|\n'), '<h2 id="method">Method</h2><p>| a | b | |—|—|</p>');
  });

  it('wraps code the way Jekyll and Rouge do', async () => {
    assert.equal(await body('`x < 1`\n'), '<p><code class="language-plaintext highlighter-rouge">x &lt; 1</code></p>');
    assert.equal(
      await body('```\na > b\n```\n'),
      '<div class="language-plaintext highlighter-rouge"><div class="highlight"><pre class="highlight"><code>a &gt; b </code></pre></div></div>',
    );
    assert.equal(
      await body('```mermaid\ngraph TD\n```\n'),
      '<pre><code class="language-mermaid">graph TD </code></pre>',
    );
  });

  it('leaves bare URLs as text and links <url> autolinks', async () => {
    assert.equal(
      await body('https://example.com 과 <https://auto.link>\n'),
      '<p>https://example.com 과 <a href="https://auto.link">https://auto.link</a></p>',
    );
  });

  it('writes images, a lone <img> line as a paragraph, and raw block HTML untouched by markdown', async () => {
    assert.equal(
      await body('![그림 1](/assets/img/a.png "제목")\n'),
      '<p><img src="/assets/img/a.png" alt="그림 1" title="제목" /></p>',
    );
    assert.equal(
      await body('<img src="/assets/img/b.png" width="480">\n'),
      '<p><img src="/assets/img/b.png" width="480" /></p>',
    );
    assert.equal(
      await body('<div align="center">\n<b>그림</b> **굵게 아님**\n</div>\n'),
      '<div align="center"><b>그림</b> **굵게 아님**</div>',
    );
  });

  it('writes footnotes and math as kramdown does', async () => {
    const html = await body('복잡도는 $$O(n^2)$$이다[^1].\n\n$$\nE = mc^2\n$$\n\n[^1]: 부록 참조.\n');
    assert.equal(
      html,
      '<p>복잡도는 \\(O(n^2)\\)이다<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup>.</p>\\[E = mc^2\\]' +
        '<div class="footnotes" role="doc-endnotes"><ol><li id="fn:1" role="doc-endnote"><p>부록 참조. <a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p></li></ol></div>',
    );
  });

  it('keeps the backslash where kramdown does not unescape, and escapes > in text', async () => {
    assert.equal(
      await body('\\*별표\\* user\\@example.com a > b AT&T &copy;\n'),
      '<p>*별표* user\\@example.com a &gt; b AT&amp;T ©</p>',
    );
  });

  it('writes task lists with kramdown’s checkbox markup', async () => {
    assert.equal(
      await body('- [ ] 코드 공개\n- [x] 논문 게재\n'),
      '<ul class="task-list"><li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />코드 공개</li>' +
        '<li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />논문 게재</li></ul>',
    );
  });
});
