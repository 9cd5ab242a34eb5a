import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frontmatterLayout } from '../../../server/src/core/rules/frontmatterLayout';
import { check, EXAMPLE, fixFirst, marked, post } from '../../helpers';

/** A field value that leaves the field out. */
const NO = '\u0000';

describe('frontmatter-layout', () => {
  it('accepts layout: post', () => assert.deepEqual(check(frontmatterLayout, EXAMPLE), []));
  it('fixes another layout', () => {
    const text = post([{}], { layout: 'page' });
    assert.deepEqual(marked(text, check(frontmatterLayout, text)), ['page']);
    assert.match(fixFirst(frontmatterLayout, text), /^---\nlayout: post\n/);
  });
  it('adds a missing layout', () => {
    const fixed = fixFirst(frontmatterLayout, post([{}], { layout: NO }));
    assert.match(fixed, /^---\nlayout: post\ntitle:/);
    assert.deepEqual(check(frontmatterLayout, fixed), []);
  });
});
