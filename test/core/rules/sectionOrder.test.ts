import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sectionOrder } from '../../../server/src/core/rules/sectionOrder';
import { check, DEFAULT_SECTIONS, EXAMPLE, marked, post } from '../../helpers';

describe('section-order', () => {
  it('accepts the schema order', () => assert.deepEqual(check(sectionOrder, EXAMPLE), []));
  it('flags Results written before Method', () => {
    const [intro, method, results, ...rest] = DEFAULT_SECTIONS;
    const text = post([{ sections: [intro, results, method, ...rest] }]);
    const findings = check(sectionOrder, text);
    assert.deepEqual(marked(text, findings), ['Method']);
    assert.match(findings[0].message, /comes after `## Results`/);
  });
});
