import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidArxivId } from '../../../server/src/core/arxiv';
import { arxivId } from '../../../server/src/core/rules/arxivId';
import { check, EXAMPLE, marked, post } from '../../helpers';

describe('arxiv-id', () => {
  it('accepts the example ids', () => assert.deepEqual(check(arxivId, EXAMPLE), []));
  for (const good of [
    '2510.26794',
    '2510.26794v2',
    '0704.0001',
    '1412.9999',
    '1501.00001',
    'hep-th/9901001',
    'math.GT/0309136v1',
    'cs/0112017',
  ]) {
    it(`accepts ${good}`, () => assert.ok(isValidArxivId(good)));
  }
  for (const bad of [
    '2510.2679',
    '2513.26794',
    '1412.00001',
    '0612.0001',
    '25100.1234',
    'hep-th/99010',
    '2510.26794v',
    'abc',
  ]) {
    it(`rejects ${bad}`, () => assert.ok(!isValidArxivId(bad)));
  }
  it('flags the id inside the link', () => {
    const text = post([{ id: '2510.267' }]);
    assert.deepEqual(marked(text, check(arxivId, text)), ['2510.267']);
  });
});
