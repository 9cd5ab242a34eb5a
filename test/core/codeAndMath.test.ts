import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateDigest } from '../../server/src/core/validate';
import { EXAMPLE } from '../helpers';

/** What an author adds by hand to a paper's sections: code in several forms, IALs on code, and math. */
const CODE_AND_MATH = `
손실은 $$\\mathcal{L} = -\\sum_i \\log p(x_i)$$ 이고, 코드로는 \`loss.backward()\`{:.language-python} 한 줄이다.

$$
\\begin{aligned}
J(\\theta) &= \\mathbb{E}[r]
- \\beta \\, \\mathrm{KL}(\\pi_\\theta \\| \\pi_0)
\\end{aligned}
$$

\`\`\`python
# 제목처럼 보이는 주석
## 이것도
def step(batch):
    return model(**batch).loss
\`\`\`

~~~
> 인용처럼 보이는 출력
1. 목록처럼 보이는 출력
~~~
{: .language-text}

    # 들여쓴 코드
    - 목록 아님

`;

describe('code and math in digest sections', () => {
  it('gives no diagnostic for code blocks, code spans, IALs on code and math inside a section', () => {
    const at = EXAMPLE.indexOf('\n## Results');
    const text = `${EXAMPLE.slice(0, at)}\n${CODE_AND_MATH}${EXAMPLE.slice(at)}`;
    const options = { fileName: '2025-10-31-daily-papers.md' };
    const expected = validateDigest(EXAMPLE, options).diagnostics.map((d) => `${d.severity} ${d.ruleId}`);
    assert.deepEqual(
      validateDigest(text, options).diagnostics.map((d) => `${d.severity} ${d.ruleId}`),
      expected,
    );
  });
});
