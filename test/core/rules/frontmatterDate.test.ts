import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frontmatterDate } from '../../../server/src/core/rules/frontmatterDate';
import { check, marked, post } from '../../helpers';

describe('frontmatter-date', () => {
  for (const good of [
    '2025-10-31',
    '2025-10-31 08:15:00',
    '2025-10-31T08:15:00+09:00',
    '2025-10-31 08:15:00 +0900',
    '2024-02-29 23:59',
  ]) {
    it(`accepts ${good}`, () => assert.deepEqual(check(frontmatterDate, post([{}], { date: good })), []));
  }
  for (const bad of ['2025-13-01', '2025-02-30 08:00:00', '2025-10-31 25:00:00', '어제', '10/31/2025']) {
    it(`flags ${bad}`, () => {
      const text = post([{}], { date: bad });
      assert.deepEqual(marked(text, check(frontmatterDate, text)), [bad]);
    });
  }
  it('flags an empty date', () => assert.equal(check(frontmatterDate, post([{}], { date: '' })).length, 1));
});
