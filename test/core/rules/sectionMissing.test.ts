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
    assert.match(fixed, /다\. {2}\n\n## Conclusion\n\n# 2\./);
  });
  for (const [name, unclosed] of [
    ['code fence', '```python\nprint(1)'],
    ['HTML comment', '<!-- 메모'],
    ['pre block', '<pre>\nx'],
  ]) {
    it(`offers no fix to append a section after an unclosed ${name}, where the heading would not be one`, () => {
      const text = post([{ sections: [...without('Conclusion').slice(0, -1), ['Limitations', unclosed]] }]);
      const missing = check(sectionMissing, text).find((finding) => /Conclusion/.test(finding.message))!;
      assert.deepEqual(missing.fixes, []);
    });
  }
  it('still appends after a closed code fence or HTML block', () => {
    for (const closed of ['```\nx\n```', '<!-- 메모 -->', '<pre>\nx\n</pre>']) {
      const text = post([{ sections: [...without('Conclusion').slice(0, -1), ['Limitations', closed]] }]);
      assert.deepEqual(check(sectionMissing, fixFirst(sectionMissing, text)), []);
    }
  });
});
