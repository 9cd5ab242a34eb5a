import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hiddenHtml } from '../../../server/src/core/rules/hiddenHtml';
import { check, DEFAULT_SECTIONS, EXAMPLE, fixFirst, marked, post } from '../../helpers';

const withMethod = (method: string) =>
  post([{ sections: DEFAULT_SECTIONS.map(([name, content]) => [name, name === 'Method' ? method : content]) }]);

describe('hidden-html', () => {
  it('accepts text without tags, real HTML and Korean in angle brackets', () => {
    assert.deepEqual(check(hiddenHtml, EXAMPLE), []);
    assert.deepEqual(check(hiddenHtml, withMethod('H<sub>2</sub>O 와 <스타일 참조, 결과> 형태의 데이터.<br>')), []);
  });
  it('flags model tokens that kramdown hides and escapes them', () => {
    const text = withMethod('모델은 <Parallel>, <Path> 토큰과 </think> 를 사용한다.');
    assert.deepEqual(marked(text, check(hiddenHtml, text)), ['<Parallel>', '<Path>', '</think>']);
    const fixed = fixFirst(hiddenHtml, text);
    assert.match(fixed, /모델은 \\<Parallel>, <Path>/);
    assert.equal(check(hiddenHtml, fixed).length, 2);
  });
});
