import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { termsOf } from '../../../server/src/core/authoring/terms';
import { parseDigest } from '../../../server/src/core/parseDigest';
import { post } from '../../helpers';

const frontMatterOf = (fields: Record<string, string>) => parseDigest(post([{}], fields)).frontMatter;

describe('the tags and categories of a post', () => {
  it('are the items of a YAML list, flow or block', () => {
    assert.deepEqual(termsOf(frontMatterOf({ tags: '[papers, arxiv, ai]' }), 'tags'), ['papers', 'arxiv', 'ai']);
    assert.deepEqual(termsOf(parseDigest('---\ntags:\n  - papers\n  - 2025\n  -\n---\n').frontMatter, 'tags'), [
      'papers',
      '2025',
    ]);
  });

  it('count a bare word or words as terms, and are none when the field is empty or missing', () => {
    assert.deepEqual(termsOf(frontMatterOf({ categories: 'research notes' }), 'categories'), ['research', 'notes']);
    assert.deepEqual(termsOf(frontMatterOf({ categories: '' }), 'categories'), []);
    assert.deepEqual(termsOf(frontMatterOf({}), 'series'), []);
    assert.deepEqual(termsOf(undefined, 'tags'), []);
  });
});
