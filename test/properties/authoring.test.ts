// Properties of the authoring core over real-looking posts and their mutations (test/properties/arbitraries.ts):
// completions and paper moves never throw, stay inside the text, and keep the numbering consistent on real posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { completionsAt } from '../../server/src/core/authoring/completions';
import { movePaper } from '../../server/src/core/authoring/movePaper';
import { applyEdits } from '../../server/src/core/edits';
import { parseDigest } from '../../server/src/core/parseDigest';
import { renumberPapers } from '../../server/src/core/renumberPapers';
import { DEFAULT_SCHEMA } from '../../server/src/core/schema';
import { mutatedPost, realPost, typedText } from './arbitraries';

const HANG_GUARD = { timeout: 120_000 };
const TERMS = { tags: new Map([['papers', 3], ['hugginface', 2]]), categories: new Map([['notes', 1]]) };
/** What an author starts a line with when they want a completion, or anything else they may type. */
const lineStart = fc.oneof(fc.constantFrom('', 'p', 'pa', '#', '##', '## Re', '-', '- ', '* Go', '>', '> [', ' '), typedText);

/**
 * The post with a new line holding `typed` before one of its lines (or at its end), and the cursor after it;
 * `beforeHeading` picks among the lines that start with `#`, where entries and sections begin.
 */
function typeAtLineStart(post: string, typed: string, line: number, beforeHeading: boolean): { text: string; cursor: number } {
  const all = [0, ...[...post.matchAll(/\r\n?|\n/g)].map((match) => match.index + match[0].length)];
  const headings = all.filter((start) => post[start] === '#' || start === post.length);
  const starts = beforeHeading && headings.length ? headings : all;
  const at = starts[line % starts.length];
  return { text: `${post.slice(0, at)}${typed}\n${post.slice(at)}`, cursor: at + typed.length };
}

describe('authoring properties over real-looking posts and their mutations', () => {
  it('completes anywhere without throwing; every item replaces text that ends at the cursor', HANG_GUARD, () => {
    let offered = 0;
    fc.assert(fc.property(mutatedPost, lineStart, fc.nat(), fc.boolean(), (post, typed, line, beforeHeading) => {
      const { text, cursor } = typeAtLineStart(post, typed, line, beforeHeading);
      const items = completionsAt(parseDigest(text), cursor, { schema: DEFAULT_SCHEMA, terms: TERMS });
      offered += items.length ? 1 : 0;
      for (const item of items) {
        assert.ok(item.span.start <= item.span.end && item.span.end === cursor, `${item.label} ends at the cursor`);
        assert.doesNotMatch(text.slice(item.span.start, item.span.end), /[\r\n]/, `${item.label} stays on the cursor's line`);
        for (const edit of item.additionalEdits ?? []) assert.ok(edit.span.start >= item.span.end, 'renumbering happens after the new entry');
      }
    }), { numRuns: 300 });
    assert.ok(offered > 25, `only ${offered} of 300 cases had completions: the property says little`);
  });

  it('moves a paper of any post without throwing; the one edit gives the new text', HANG_GUARD, () => {
    fc.assert(fc.property(mutatedPost, fc.nat(), fc.boolean(), (text, at, up) => {
      const moved = movePaper(parseDigest(text), at % (text.length + 1), up ? 'up' : 'down', DEFAULT_SCHEMA);
      if ('error' in moved) return;
      assert.equal(applyEdits(text, [moved.edit]), moved.newText);
      assert.ok(moved.cursor >= 0 && moved.cursor <= moved.newText.length);
    }), { numRuns: 200 });
  });

  it('keeps every paper and numbers them 1, 2, 3… when a paper of a real post moves', HANG_GUARD, () => {
    fc.assert(fc.property(realPost, fc.nat(), fc.boolean(), (text, at, up) => {
      const before = parseDigest(text);
      const moved = movePaper(before, at % (text.length + 1), up ? 'up' : 'down', DEFAULT_SCHEMA);
      if ('error' in moved) return;
      const after = parseDigest(moved.newText);
      assert.equal(after.papers.length, before.papers.length);
      assert.deepEqual(renumberPapers(after), []);
      const ids = (model: typeof before) => model.papers.map((paper) => paper.heading.arxivId?.value ?? '').sort();
      assert.deepEqual(ids(after), ids(before));
    }), { numRuns: 150 });
  });
});
