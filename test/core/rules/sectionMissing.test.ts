import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sectionMissing } from '../../../server/src/core/rules/sectionMissing';
import { check, DEFAULT_SECTIONS, EXAMPLE, fixFirst, post } from '../../helpers';

const without = (name: string) => DEFAULT_SECTIONS.filter(([section]) => section !== name);

describe('section-missing', () => {
  it('accepts all five sections', () => assert.deepEqual(check(sectionMissing, EXAMPLE), []));
  it('inserts a missing middle section before the next one', () => {
    const text = post([{ sections: without('Results') }]);
    assert.match(check(sectionMissing, text)[0].message, /no `## Results` section/);
    const fixed = fixFirst(sectionMissing, text);
    assert.match(fixed, /## Method\n.*\n\n## Results\n\n## Limitations/);
    assert.deepEqual(check(sectionMissing, fixed), []);
  });
  it('appends a missing last section at the end of the entry, before the next paper', () => {
    const text = post([{ sections: without('Conclusion') }, {}]);
    const fixed = fixFirst(sectionMissing, text);
    assert.match(fixed, /다\.  \n\n## Conclusion\n\n# 2\./);
  });
});
