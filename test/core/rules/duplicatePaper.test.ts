import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { duplicatePaper } from '../../../server/src/core/rules/duplicatePaper';
import { check, EXAMPLE, marked, post } from '../../helpers';

describe('duplicate-paper', () => {
  it('accepts distinct papers', () => assert.deepEqual(check(duplicatePaper, EXAMPLE), []));
  it('flags the second entry of the same paper, versions aside', () => {
    const text = post([{ id: '2510.26794' }, { id: '2510.26213' }, { id: '2510.26794v2' }]);
    const findings = check(duplicatePaper, text);
    assert.deepEqual(marked(text, findings), ['2510.26794v2']);
    assert.match(findings[0].message, /already entry 1/);
  });
});
