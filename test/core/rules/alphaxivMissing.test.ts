import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alphaxivMissing } from '../../../server/src/core/rules/alphaxivMissing';
import { check, EXAMPLE, fixFirst, post } from '../../helpers';

describe('alphaxiv-missing', () => {
  it('accepts the example post', () => assert.deepEqual(check(alphaxivMissing, EXAMPLE), []));
  it('accepts an early post where no paper has the line', () => {
    assert.deepEqual(check(alphaxivMissing, post([{ alphaxiv: false }, { alphaxiv: false }])), []);
  });
  it('flags the one paper without it and inserts it with the post language', () => {
    const text = post([{}, { alphaxiv: false, id: '2510.24992' }]);
    const findings = check(alphaxivMissing, text);
    assert.equal(findings.length, 1);
    const fixed = fixFirst(alphaxivMissing, text);
    assert.match(
      fixed,
      /\(https:\/\/arxiv\.org\/abs\/2510\.24992\)\n\n> \[Alphaxiv\]\(https:\/\/www\.alphaxiv\.org\/ko\/overview\/2510\.24992\)\n\n## Introduction/,
    );
    assert.deepEqual(check(alphaxivMissing, fixed), []);
  });
  it('inserts no line for a paper whose arXiv id is no id (arxiv-id flags it)', () => {
    const text = post([{}, { alphaxiv: false, id: '/www.alphaxiv.org/ko/overview/2501.00001' }]);
    const [finding] = check(alphaxivMissing, text);
    assert.deepEqual(finding.fixes, []);
  });
  it('keeps CRLF line ends when inserting', () => {
    const text = post([{}, { alphaxiv: false }]).replace(/\n/g, '\r\n');
    assert.match(fixFirst(alphaxivMissing, text), /\)\r\n\r\n> \[Alphaxiv\]/);
  });
});
