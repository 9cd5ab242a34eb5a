import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addTerms, emptyTermCounts, frontMatterOf, termsOf } from '../../../server/src/core/authoring/terms';
import { parseDigest } from '../../../server/src/core/parseDigest';
import { DEFAULT_SCHEMA } from '../../../server/src/core/schema';
import { post } from '../../helpers';

describe('tags and categories of posts', () => {
  it('reads the front matter alone the same way a full parse does', () => {
    const text = post([{}], { tags: '[papers, arxiv, ai]', categories: 'research' });
    const alone = frontMatterOf(text, DEFAULT_SCHEMA);
    assert.deepEqual(termsOf(alone, 'tags'), ['papers', 'arxiv', 'ai']);
    assert.deepEqual(termsOf(alone, 'categories'), ['research']);
    assert.deepEqual([...alone!.fields.keys()], [...parseDigest(text).frontMatter!.fields.keys()]);
  });

  it('finds no front matter in a post without one or with an unclosed one', () => {
    assert.equal(frontMatterOf('# 1. [T](https://arxiv.org/abs/2510.00001)\n\n---\n\ntext', DEFAULT_SCHEMA), undefined);
    assert.equal(frontMatterOf('---\ntitle: x\n', DEFAULT_SCHEMA), undefined);
    assert.deepEqual(termsOf(frontMatterOf('\ufeff---\r\ntags:\r\n  - a\r\n  - b\r\n---\r\n', DEFAULT_SCHEMA), 'tags'), ['a', 'b']);
  });

  it('counts each term once per post, across the blog\'s tag variants', () => {
    const posts = [
      post([{}], { title: 'Daily Papers — 2025-09-01"', tags: '[papers, arxiv, ai, papers]' }),
      post([{}], { tags: '[papers, hugginface]' }),
      post([{}], { tags: '[papers, hugginface]', categories: '' }),
      '# no front matter',
    ];
    const counts = emptyTermCounts();
    for (const text of posts) addTerms(counts, frontMatterOf(text, DEFAULT_SCHEMA));
    assert.deepEqual([...counts.tags], [['papers', 3], ['arxiv', 1], ['ai', 1], ['hugginface', 2]]);
    assert.equal(counts.categories.size, 0);
  });
});
