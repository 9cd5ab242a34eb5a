import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sectionUnknown } from '../../../server/src/core/rules/sectionUnknown';
import { check, DEFAULT_SECTIONS, EXAMPLE, fixFirst, marked, post } from '../../helpers';

const renamed = (from: string, to: string) =>
  DEFAULT_SECTIONS.map(([name, content]): [string, string] => [name === from ? to : name, content]);

describe('section-unknown', () => {
  it('accepts the schema sections', () => assert.deepEqual(check(sectionUnknown, EXAMPLE), []));
  it('proposes the section a typo was meant to be', () => {
    const text = post([{ sections: renamed('Limitations', 'Limitation') }]);
    assert.deepEqual(marked(text, check(sectionUnknown, text)), ['Limitation']);
    assert.match(fixFirst(sectionUnknown, text), /## Limitations\n/);
  });
  it('fixes the case of a heading', () => {
    assert.match(fixFirst(sectionUnknown, post([{ sections: renamed('Method', 'method') }])), /## Method\n/);
  });
  it('leaves a different section without fix', () => {
    const findings = check(
      sectionUnknown,
      post([{ sections: [...DEFAULT_SECTIONS, ['Related Work', '관련 연구를 정리한다.']] }]),
    );
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0].fixes, []);
  });
});
