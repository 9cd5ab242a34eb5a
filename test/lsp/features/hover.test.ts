import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver/node';
import { provideHover } from '../../../server/src/lsp/features/hover';
import { generatePost } from '../../generatedBlog';
import { indexOf, openDigest, postUri } from './openDigest';

describe('hover', () => {
  const earlierUri = postUri('2023-01-09-daily-papers-20230109.md');
  const earlier = generatePost(4, { date: '2023-01-09', idOf: (i) => `2301.${String(100 + i).padStart(5, '0')}` });
  // Paper 1 of this post is paper 4 of the earlier one; paper 2 appears twice in this post.
  const text = generatePost(4, {
    date: '2023-01-10',
    idOf: (i) => ['2301.00103', '2301.00200', '2301.00201', '2301.00200'][i],
  });
  const digest = openDigest(text, { index: indexOf([[earlierUri, earlier]]) });
  const hoverAt = (line: number, character: number) =>
    provideHover(digest, { line, character }, indexOf([[earlierUri, earlier]]));
  const lineOf = (source: string, prefix: string) => source.split('\n').findIndex((line) => line.startsWith(prefix));

  it("shows a paper heading's number, title and id, and the other posts' entries of it", () => {
    const value = (hoverAt(9, 3)?.contents as MarkupContent).value;
    assert.match(value, /^\*\*1\\\. The Quest for Generalizable Motion Generation: Data, Model, and Evaluation\*\*/);
    assert.ok(value.includes('arXiv [2301.00103](https://arxiv.org/abs/2301.00103)'), value);
    assert.ok(
      value.includes(`- [Daily Papers — 2023\\-01\\-09, entry 4](${earlierUri}#L${lineOf(earlier, '# 4. ') + 1})`),
      value,
    );
  });

  it('lists the other entries of the same post, on the alphaXiv line too', () => {
    const value = (hoverAt(lineOf(text, '# 2. ') + 2, 5)?.contents as MarkupContent).value;
    assert.ok(value.includes(`[entry 4 of this post](${digest.document.uri}#L${lineOf(text, '# 4. ') + 1})`), value);
  });

  it('says when no other post has the paper, and answers nothing off the headings', () => {
    assert.match((hoverAt(lineOf(text, '# 3. '), 3)?.contents as MarkupContent).value, /In no other post\.$/);
    assert.equal(hoverAt(15, 3), null);
  });
});
