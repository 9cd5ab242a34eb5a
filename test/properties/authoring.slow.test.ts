// Properties of the authoring core over digest posts built from the test helpers, and the same posts with lines
// deleted or duplicated and markup typed anywhere: completions and paper moves never throw, stay inside the text,
// and a move keeps every paper and the numbering 1, 2, 3… of a well-formed post.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import './seed';
import { completionsAt } from '../../server/src/core/authoring/completions';
import { movePaper } from '../../server/src/core/authoring/movePaper';
import { applyEdits } from '../../server/src/core/edits';
import { parseDigest } from '../../server/src/core/parseDigest';
import { renumberPapers } from '../../server/src/core/renumberPapers';
import { DEFAULT_SCHEMA } from '../../server/src/core/schema';
import { DEFAULT_SECTIONS, post, type PaperSpec } from '../helpers';

const HANG_GUARD = { timeout: 120_000 };
const paperSpec: fc.Arbitrary<PaperSpec> = fc.record({
  number: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  alphaxiv: fc.constantFrom<PaperSpec['alphaxiv']>(undefined, false, 'https://www.alphaxiv.org/overview/2510.26001'),
  sections: fc.subarray(DEFAULT_SECTIONS, { minLength: 1 }),
});

/** A well-formed post: distinct ids, entries numbered 1, 2, 3… */
const realPost = fc
  .array(paperSpec, { maxLength: 6 })
  .map((specs) => post(specs.map((spec) => ({ ...spec, number: undefined }))));

/** Text an author types or pastes: block markup, Korean, emoji, line breaks of every kind, any code units. */
const typedText = fc.oneof(
  fc.constantFrom(
    '#',
    '# ',
    '## ',
    '- ',
    '> ',
    '```',
    '---',
    '[',
    '](',
    '\n',
    '\r\n',
    '\r',
    '  \n',
    '가',
    '😀',
    '\ufeff',
    ':',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** A post with any numbering, some lines deleted or duplicated and text typed at a few places. */
const mutatedPost = fc
  .tuple(fc.array(paperSpec, { maxLength: 6 }), fc.array(fc.tuple(fc.nat(), typedText, fc.nat(3)), { maxLength: 4 }))
  .map(([specs, edits]) =>
    edits.reduce((text, [at, typed, kind]) => {
      const lines = text.split('\n');
      const line = at % lines.length;
      if (kind === 0) lines.splice(line, 1);
      else if (kind === 1) lines.splice(line, 0, lines[line]);
      else lines[line] = kind === 2 ? typed + lines[line] : lines[line] + typed;
      return lines.join('\n');
    }, post(specs)),
  );

const TERMS = {
  tags: new Map([
    ['papers', 3],
    ['hugginface', 2],
  ]),
  categories: new Map([['notes', 1]]),
};
/** What an author starts a line with when they want a completion, or anything else they may type. */
const lineStart = fc.oneof(
  fc.constantFrom('', 'p', 'pa', '#', '##', '## Re', '-', '- ', '* Go', '>', '> [', ' '),
  typedText,
);

/**
 * The post with a new line holding `typed` before one of its lines (or at its end), and the cursor after it;
 * `beforeHeading` picks among the lines that start with `#`, where entries and sections begin.
 */
function typeAtLineStart(
  post: string,
  typed: string,
  line: number,
  beforeHeading: boolean,
): { text: string; cursor: number } {
  const all = [0, ...[...post.matchAll(/\r\n?|\n/g)].map((match) => match.index + match[0].length)];
  const headings = all.filter((start) => post[start] === '#' || start === post.length);
  const starts = beforeHeading && headings.length ? headings : all;
  const at = starts[line % starts.length];
  return { text: `${post.slice(0, at)}${typed}\n${post.slice(at)}`, cursor: at + typed.length };
}

describe('authoring properties over real-looking posts and their mutations', () => {
  it('completes anywhere without throwing; every item replaces text that ends at the cursor', HANG_GUARD, () => {
    let offered = 0;
    fc.assert(
      fc.property(mutatedPost, lineStart, fc.nat(), fc.boolean(), (post, typed, line, beforeHeading) => {
        const { text, cursor } = typeAtLineStart(post, typed, line, beforeHeading);
        const items = completionsAt(parseDigest(text), cursor, { schema: DEFAULT_SCHEMA, terms: TERMS });
        offered += items.length ? 1 : 0;
        for (const item of items) {
          assert.ok(item.span.start <= item.span.end && item.span.end === cursor, `${item.label} ends at the cursor`);
          assert.doesNotMatch(
            text.slice(item.span.start, item.span.end),
            /[\r\n]/,
            `${item.label} stays on the cursor's line`,
          );
          for (const edit of item.additionalEdits ?? [])
            assert.ok(edit.span.start >= item.span.end, 'renumbering happens after the new entry');
        }
      }),
      { numRuns: 300 },
    );
    assert.ok(offered > 40, `only ${offered} of 300 cases had completions: the property says little`);
  });

  it('moves a paper of any post without throwing; the one edit gives the new text', HANG_GUARD, () => {
    fc.assert(
      fc.property(mutatedPost, fc.nat(), fc.boolean(), (text, at, up) => {
        const moved = movePaper(parseDigest(text), at % (text.length + 1), up ? 'up' : 'down', DEFAULT_SCHEMA);
        if ('error' in moved) return;
        assert.equal(applyEdits(text, [moved.edit]), moved.newText);
        assert.ok(moved.cursor >= 0 && moved.cursor <= moved.newText.length);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every paper and numbers them 1, 2, 3… when a paper of a real post moves', HANG_GUARD, () => {
    fc.assert(
      fc.property(realPost, fc.nat(), fc.boolean(), (text, at, up) => {
        const before = parseDigest(text);
        const moved = movePaper(before, at % (text.length + 1), up ? 'up' : 'down', DEFAULT_SCHEMA);
        if ('error' in moved) return;
        const after = parseDigest(moved.newText);
        assert.equal(after.papers.length, before.papers.length);
        assert.deepEqual(renumberPapers(after), []);
        const ids = (model: typeof before) => model.papers.map((paper) => paper.heading.arxivId?.value ?? '').sort();
        assert.deepEqual(ids(after), ids(before));
      }),
      { numRuns: 150 },
    );
  });
});
