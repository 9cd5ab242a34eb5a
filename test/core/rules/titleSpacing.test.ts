import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { titleSpacing } from '../../../server/src/core/rules/titleSpacing';
import { check, EXAMPLE, fixFirst, marked, post } from '../../helpers';

describe('title-spacing', () => {
  it('accepts single-spaced titles', () => assert.deepEqual(check(titleSpacing, post()), []));
  it('flags the wrapped titles of the example post and collapses them', () => {
    const findings = check(titleSpacing, EXAMPLE);
    assert.deepEqual(marked(EXAMPLE, findings), [
      'The Quest for Generalizable Motion Generation: Data, Model, and   Evaluation',
      'OmniLayout: Enabling Coarse-to-Fine Learning with LLMs for Universal   Document Layout Generation',
    ]);
    const fixed = fixFirst(titleSpacing, EXAMPLE);
    assert.match(fixed, /\[The Quest for Generalizable Motion Generation: Data, Model, and Evaluation\]/);
    assert.equal(check(titleSpacing, fixed).length, 1);
  });
});
