import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { provideFoldingRanges } from '../../../server/src/lsp/features/foldingRanges';
import { generatePost } from '../../generatedBlog';
import { openDigest } from './openDigest';

describe('folding ranges', () => {
  it('folds the front matter, each paper and each section, the last paper to the last line', () => {
    const text = generatePost(4);
    const lines = provideFoldingRanges(openDigest(text)).map((range) => `${range.startLine}-${range.endLine}`);
    assert.equal(lines.length, 1 + 4 + 4 * 5);
    assert.deepEqual(lines.slice(0, 3), ['0-6', '9-28', '13-16']);
    const lastHeading = text.split('\n').findIndex((line) => line.startsWith('# 4. '));
    assert.ok(lines.includes(`${lastHeading}-${text.trimEnd().split('\n').length - 1}`), lines.join(' '));
  });

  it('folds nothing that is one line', () => {
    const ranges = provideFoldingRanges(
      openDigest('---\ntitle: "Daily Papers — 2025-10-31"\n---\n# 1. [제목](https://arxiv.org/abs/2510.26794)\n'),
    );
    assert.deepEqual(
      ranges.map((range) => [range.startLine, range.endLine]),
      [[0, 2]],
    );
  });
});
