import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { introBullets } from '../../../server/src/core/rules/introBullets';
import { check, DEFAULT_SECTIONS, EXAMPLE, marked, post } from '../../helpers';

const withIntro = (introduction: string) =>
  post([{ sections: [['Introduction', introduction], ...DEFAULT_SECTIONS.slice(1)] }]);

describe('intro-bullets', () => {
  it('accepts Goal, Motivation, Contribution', () => assert.deepEqual(check(introBullets, EXAMPLE), []));
  it('accepts the Korean labels of the early posts', () => {
    assert.deepEqual(
      check(introBullets, withIntro('- 목표: 목표 문장이다.\n- 동기: 동기 문장이다.\n- 기여: 기여 문장이다.')),
      [],
    );
  });
  it('accepts unlabeled bullets (an older variant)', () => {
    assert.deepEqual(
      check(
        introBullets,
        withIntro('- 본 논문의 목표는 통합 모델이다.\n- 기존 모델은 한계가 있다.\n- 새 모델을 제안한다.'),
      ),
      [],
    );
  });
  it('flags a paragraph instead of bullets', () => {
    assert.match(check(introBullets, withIntro('본 논문은 새로운 방법을 제안한다.'))[0].message, /has no bullets/);
  });
  it('flags labels out of order', () => {
    const text = withIntro('- Motivation: 동기이다.\n- Goal: 목표이다.\n- Contribution: 기여이다.');
    assert.deepEqual(marked(text, check(introBullets, text)), ['Goal']);
  });
  it('flags a missing label and an unknown one', () => {
    const text = withIntro('- Goal: 목표이다.\n- Problem: 문제이다.');
    const findings = check(introBullets, text);
    assert.deepEqual(marked(text, findings), ['Problem', 'Introduction']);
    assert.match(findings[1].message, /no Motivation, Contribution bullet/);
  });
});
