import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sectionDuplicate } from '../../../server/src/core/rules/sectionDuplicate';
import { check, DEFAULT_SECTIONS, EXAMPLE, marked, post } from '../../helpers';

describe('section-duplicate', () => {
  it('accepts distinct sections', () => assert.deepEqual(check(sectionDuplicate, EXAMPLE), []));
  it('flags the second Method', () => {
    const text = post([{ sections: [...DEFAULT_SECTIONS, ['Method', '추가 설명이다.']] }]);
    assert.deepEqual(marked(text, check(sectionDuplicate, text)), ['Method']);
  });
});
