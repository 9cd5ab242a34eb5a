import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { blocksOf, renderedBlocksOf, shownContent, whole } from '../render/helpers';
import { applyKeystroke, keystroke, realPost } from './arbitraries';

describe('the preview content in blocks, over real-looking posts and keystrokes', () => {
  it('after any sequence of edits, equals the whole body rendered at once', () => {
    let checked = 0;
    fc.assert(
      fc.property(realPost, fc.array(keystroke, { minLength: 1, maxLength: 8 }), (post, strokes) => {
        let text = post;
        for (const stroke of strokes) {
          text = applyKeystroke(text, stroke);
          const blocks = blocksOf(text, 'property.md');
          if (!blocks) continue;
          checked++;
          assert.equal(shownContent({ blocks }), whole(text));
        }
      }),
      { numRuns: 150 },
    );
    assert.ok(checked > 300, `only ${checked} renders were in blocks`);
  });

  it("shows a fresh page's first screen as the start of the whole, then the whole, after any sequence of edits", () => {
    fc.assert(
      fc.property(
        realPost,
        fc.array(keystroke, { maxLength: 4 }),
        fc.nat({ max: 120 }),
        (post, strokes, firstScreenEnd) => {
          const text = strokes.reduce(applyKeystroke, post);
          const first = renderedBlocksOf(text, 'fresh.md', firstScreenEnd);
          const all = blocksOf(text, 'fresh.md');
          if (!first || !all) return;
          assert.deepEqual(first.blocks, all.slice(0, first.blocks.length));
          assert.equal(first.complete, first.blocks.length === all.length);
          assert.ok(first.blocks.slice(1).every((block) => block.line <= firstScreenEnd));
        },
      ),
      { numRuns: 150 },
    );
  });
});
