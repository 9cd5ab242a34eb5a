import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frontmatterLists } from '../../../server/src/core/rules/frontmatterLists';
import { check, EXAMPLE, fixFirst, marked, post } from '../../helpers';

describe('frontmatter-lists', () => {
  it('accepts flow and block lists and empty values', () => {
    assert.deepEqual(check(frontmatterLists, EXAMPLE), []);
    assert.deepEqual(check(frontmatterLists, post([{}], { tags: '\n  - papers\n  - ai', categories: '' })), []);
  });
  it('turns a string of tags into a list', () => {
    const text = post([{}], { tags: 'papers hugginface' });
    assert.deepEqual(marked(text, check(frontmatterLists, text)), ['papers hugginface']);
    const fixed = fixFirst(frontmatterLists, text);
    assert.match(fixed, /\ntags: \[papers, hugginface\]\n/);
    assert.deepEqual(check(frontmatterLists, fixed), []);
  });
});
