import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { blocksOf, shownContent, whole } from '../render/helpers';
import { applyKeystroke, keystroke, realPost } from './arbitraries';

describe('the preview content in blocks, over real-looking posts and keystrokes', () => {
  it('after any sequence of edits, equals the whole body rendered at once', () => {
    let checked = 0;
    fc.assert(fc.property(realPost, fc.array(keystroke, { minLength: 1, maxLength: 8 }), (post, strokes) => {
      let text = post;
      for (const stroke of strokes) {
        text = applyKeystroke(text, stroke);
        const blocks = blocksOf(text, 'property.md');
        if (!blocks) continue;
        checked++;
        assert.equal(shownContent({ blocks }), whole(text));
      }
    }), { numRuns: 150 });
    assert.ok(checked > 300, `only ${checked} renders were in blocks`);
  });
});
