import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateDigest } from '../../server/src/core/validate';
import { EXAMPLE } from '../helpers';

/**
 * kramdown an author adds by hand, and where: in a paper's section unless said otherwise. None of it changes the
 * digest's structure, so none of it may add a diagnostic to the example post's.
 */
const IN_SECTION: Record<string, string> = {
  'a block IAL and an ALD': '{:note: .note title="참고"}\n\n핵심 결과이다.\n{: note #key-result}\n',
  'span IALs':
    '*강조*{: .accent} 와 [새 탭 링크](https://example.org){:target="_blank"} 와 ![그림](https://example.org/a.png){: width="50%"}\n',
  'a definition list': '정확도\n: 맞힌 비율이다.\n\n재현율\n:   찾은 비율이다.\n\n    두 번째 문단이다.\n',
  'a table with alignment, a header-less table and a footer':
    '| 모델 | 점수 |\n|:---|---:|\n| A | 1 |\n|===|===|\n| 평균 | 1 |\n\n| 가 | 나 |\n| 다 | 라 |\n{: .results}\n',
  'footnote markers, their definitions in the section':
    '성능이 오른다[^gain] 그리고 다시[^gain].\n\n[^gain]: 테스트 셋 기준이다.\n\n    두 번째 문단이다.\n',
  abbreviations: 'LLM 과 RL 을 쓴다.\n\n*[LLM]: Large Language Model\n*[RL]: Reinforcement Learning\n',
  'the comment, nomarkdown and options extensions':
    '{::comment}\n# 1. 제목처럼 보이는 주석\n## Method\n{:/comment}\n\n{::nomarkdown}<span class="raw">원문</span>{:/}\n\n{::options auto_id_prefix="x-" /}\n',
  'HTML blocks with and without markdown':
    '<div markdown="1">\n**마크다운**이다.\n\n- 목록\n</div>\n\n<details>\n<summary>펼치기</summary>\n\n## 제목처럼 보이는 줄\n</details>\n\n<p markdown="span">*스팬*이다.</p>\n',
  'lists in kramdown forms':
    '- 가\n이어지는 줄\n* 나\n  1. 하나\n  2. 둘\n\n- {: .done} 끝난 항목\n- [ ] 할 일\n- [x] 한 일\n^\n',
  'smart quotes, symbols, line breaks and strikethrough':
    '"인용" 과 \'작은 인용\' -- 대시 --- 줄임... <<꺾쇠>> ~~취소~~ 줄바꿈\\\\\n다음 줄\n',
  'links with reference definitions and autolinks':
    '[참조][ref] 와 [바로가기] 와 <https://example.org> 와 <mail@example.org>\n\n[ref]: https://example.org "제목"\n[바로가기]: https://example.org/short\n',
  'a header id on a sub-heading and an end-of-block marker': '### 세부 결과 {#detail}\n\n- 항목\n^\n\n- 다른 목록\n',
};

const OPTIONS = { fileName: '2025-10-31-daily-papers.md' };
const diagnostics = (text: string) => validateDigest(text, OPTIONS).diagnostics.map((d) => `${d.severity} ${d.ruleId}`);
const BASELINE = diagnostics(EXAMPLE);

/** The example post with `markdown` inserted before the first paper's `## Results` line (inside its Method section). */
function inSection(markdown: string): string {
  const at = EXAMPLE.indexOf('\n## Results');
  return `${EXAMPLE.slice(0, at)}\n\n${markdown}${EXAMPLE.slice(at)}`;
}

describe('checks stay quiet on valid kramdown in a digest', () => {
  for (const [construct, markdown] of Object.entries(IN_SECTION)) {
    it(`gives no diagnostic for ${construct} in a section`, () => {
      assert.deepEqual(diagnostics(inSection(markdown)), BASELINE);
    });
  }

  it('gives none for a table in Results', () => {
    const at = EXAMPLE.indexOf('\n', EXAMPLE.indexOf('## Results')) + 1;
    const text = `${EXAMPLE.slice(0, at)}| 지표 | 값 |\n|---|---|\n| FID | 1.2 |\n\n${EXAMPLE.slice(at)}`;
    assert.deepEqual(diagnostics(text), BASELINE);
  });

  it('gives none for an IAL right after a paper heading, or an id on it', () => {
    const heading = EXAMPLE.indexOf('\n', EXAMPLE.indexOf('# 1. ')) + 1;
    assert.deepEqual(
      diagnostics(`${EXAMPLE.slice(0, heading)}{: #paper-1 .paper}\n${EXAMPLE.slice(heading)}`),
      BASELINE,
    );
    assert.deepEqual(diagnostics(`${EXAMPLE.slice(0, heading - 1)} {#paper-1}${EXAMPLE.slice(heading - 1)}`), BASELINE);
    const results = EXAMPLE.indexOf('## Results') + '## Results'.length;
    assert.deepEqual(diagnostics(`${EXAMPLE.slice(0, results)} {#results-1}${EXAMPLE.slice(results)}`), BASELINE);
  });

  it('gives none for a table of contents before the first paper and footnotes after the last', () => {
    const first = EXAMPLE.indexOf('# 1. ');
    const withToc = `${EXAMPLE.slice(0, first)}* 목차\n{:toc}\n\n${EXAMPLE.slice(first)}`;
    assert.deepEqual(diagnostics(withToc), BASELINE);
    const marker = EXAMPLE.indexOf('구성되었다.') + '구성되었다.'.length;
    const withNote = `${EXAMPLE.slice(0, marker)}[^data]${EXAMPLE.slice(marker)}\n[^data]: 데이터셋 설명이다.\n`;
    assert.deepEqual(diagnostics(withNote), BASELINE);
  });
});
