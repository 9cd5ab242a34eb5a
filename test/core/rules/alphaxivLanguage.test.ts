import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alphaxivLanguage } from '../../../server/src/core/rules/alphaxivLanguage';
import { check, EXAMPLE, fixFirst, marked, post } from '../../helpers';

describe('alphaxiv-language', () => {
  it('accepts one language throughout', () => assert.deepEqual(check(alphaxivLanguage, EXAMPLE), []));
  it('flags the odd one out and sets it to the post language', () => {
    const text = post([{}, { alphaxiv: 'https://www.alphaxiv.org/en/overview/2510.26002' }, {}]);
    assert.deepEqual(marked(text, check(alphaxivLanguage, text)), ['en']);
    const fixed = fixFirst(alphaxivLanguage, text);
    assert.match(fixed, /alphaxiv\.org\/ko\/overview\/2510\.26002/);
    assert.deepEqual(check(alphaxivLanguage, fixed), []);
  });
  it('flags a link without language segment, without a fix', () => {
    const findings = check(
      alphaxivLanguage,
      post([{}, { alphaxiv: 'https://www.alphaxiv.org/overview/2510.26002' }, {}]),
    );
    assert.match(findings[0].message, /uses no language while the post uses `ko`/);
    assert.deepEqual(findings[0].fixes, []);
  });
});
