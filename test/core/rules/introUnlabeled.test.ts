import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { introUnlabeled } from '../../../server/src/core/rules/introUnlabeled';
import { check, DEFAULT_SECTIONS, EXAMPLE, fixFirst, post } from '../../helpers';

describe('intro-unlabeled', () => {
  it('accepts labelled bullets', () => assert.deepEqual(check(introUnlabeled, EXAMPLE), []));
  it('offers to label three unlabeled bullets', () => {
    const text = post([
      {
        sections: [
          ['Introduction', '- 목표 문장이다.\n- 동기 문장이다.\n- 기여 문장이다.'],
          ...DEFAULT_SECTIONS.slice(1),
        ],
      },
    ]);
    const fixed = fixFirst(introUnlabeled, text);
    assert.match(fixed, /- Goal: 목표 문장이다\.\n- Motivation: 동기 문장이다\.\n- Contribution: 기여 문장이다\./);
    assert.deepEqual(check(introUnlabeled, fixed), []);
  });
});
