import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alphaxivId } from '../../../server/src/core/rules/alphaxivId';
import { check, EXAMPLE, fixFirst, marked, post } from '../../helpers';

describe('alphaxiv-id', () => {
  it('accepts matching ids, versions aside', () => {
    assert.deepEqual(check(alphaxivId, EXAMPLE), []);
    assert.deepEqual(
      check(alphaxivId, post([{ id: '2510.26794v2', alphaxiv: 'https://www.alphaxiv.org/ko/overview/2510.26794' }])),
      [],
    );
  });
  it('flags a copy-pasted id from another entry and corrects it', () => {
    const text = post([{ id: '2510.26213', alphaxiv: 'https://www.alphaxiv.org/ko/overview/2510.26794' }]);
    assert.deepEqual(marked(text, check(alphaxivId, text)), ['2510.26794']);
    const fixed = fixFirst(alphaxivId, text);
    assert.match(fixed, /alphaxiv\.org\/ko\/overview\/2510\.26213\)/);
    assert.deepEqual(check(alphaxivId, fixed), []);
  });
  it('says nothing when the heading has no valid arXiv id to compare with (arxiv-id flags it)', () => {
    const text = post([
      { id: '/www.alphaxiv.org/ko/overview/2501.00001', alphaxiv: 'https://www.alphaxiv.org/ko/overview/2510.26794' },
    ]);
    assert.deepEqual(check(alphaxivId, text), []);
  });
  it('flags a link without id', () => {
    assert.match(
      check(alphaxivId, post([{ alphaxiv: 'https://www.alphaxiv.org/ko/overview/' }]))[0].message,
      /no paper id/,
    );
  });
});
