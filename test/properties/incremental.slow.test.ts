// The incremental parse is only an optimisation: after any sequence of edits its model and diagnostics equal a fresh
// full parse of the same text. Bounds: 300 starting posts × up to 25 keystrokes each (≈ 4,000 edits).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDigest } from '../../server/src/core/parseDigest';
import { reparseDigest } from '../../server/src/core/reparseDigest';
import { DEFAULT_SCHEMA, resolveSchema } from '../../server/src/core/schema';
import { validateDigest, validateModel } from '../../server/src/core/validate';
import { EXAMPLE, post } from '../helpers';
import { applyKeystroke, keystroke, mutatedPost, realPost } from './arbitraries';

const HANG_GUARD = { timeout: 180_000 };
const OPTIONS = { fileName: '2025-10-31-daily-papers-20251031.md' };

describe('incremental parsing', () => {
  it('gives the model and diagnostics of a full parse after any sequence of edits', HANG_GUARD, () => {
    const scopes = { entry: 0, document: 0 };
    fc.assert(
      fc.property(
        fc.oneof(realPost, mutatedPost),
        fc.array(keystroke, { minLength: 1, maxLength: 25 }),
        (start, strokes) => {
          let text = start;
          let previous = reparseDigest(undefined, text, DEFAULT_SCHEMA).model;
          for (const stroke of strokes) {
            text = applyKeystroke(text, stroke);
            const { model, scope } = reparseDigest(previous, text, DEFAULT_SCHEMA);
            scopes[scope]++;
            assert.deepEqual(model, parseDigest(text, DEFAULT_SCHEMA), `after ${JSON.stringify(stroke)}`);
            assert.deepEqual(validateModel(model, OPTIONS).diagnostics, validateDigest(text, OPTIONS).diagnostics);
            previous = model;
          }
        },
      ),
      { numRuns: 300 },
    );
    console.log(`incremental property: ${JSON.stringify(scopes)}`);
    assert.ok(scopes.entry > scopes.document, `most edits reparse one entry: ${JSON.stringify(scopes)}`);
  });

  it('reparses only the entry a keystroke falls in, and leaves the previous model as it was', () => {
    const before = reparseDigest(undefined, EXAMPLE, DEFAULT_SCHEMA).model;
    const snapshot = structuredClone(before);
    const at = EXAMPLE.indexOf('ViMoGen은 고품질');
    const { model, scope } = reparseDigest(before, `${EXAMPLE.slice(0, at)}새 ${EXAMPLE.slice(at)}`, DEFAULT_SCHEMA);
    assert.equal(scope, 'entry');
    assert.deepEqual(before, snapshot);
    assert.equal(model.papers[1].heading.span.start, before.papers[1].heading.span.start + 2);
  });

  const fullParses: Record<string, (text: string) => string> = {
    'an edit in the front matter': (text) => text.replace('layout: post', 'layout: page'),
    'an edit across two entries': (text) => text.replace(/## Conclusion\n[^#]*# 2\. [^\n]*\n/, ''),
    'a fence that swallows the next entries': (text) => text.replace('## Method\n', '## Method\n```\n'),
    'a new paper heading inside an entry': (text) =>
      text.replace('## Results\n', '# 9. [New](https://arxiv.org/abs/2510.00009)\n\n## Results\n'),
    'a link reference definition': (text) =>
      text.replace('## Results\n', '[ref]: https://arxiv.org/abs/2510.00009\n\n## Results\n'),
    'a different schema': (text) => text,
  };
  for (const [what, edit] of Object.entries(fullParses)) {
    it(`parses the whole post again after ${what}`, () => {
      const text = post([{}, {}, {}]);
      const schema = what === 'a different schema' ? resolveSchema({ layout: 'page' }) : DEFAULT_SCHEMA;
      const before = reparseDigest(undefined, text, DEFAULT_SCHEMA).model;
      const edited = edit(text);
      if (what !== 'a different schema') assert.notEqual(edited, text);
      const { model, scope } = reparseDigest(before, edited, schema);
      assert.equal(scope, 'document');
      assert.deepEqual(model, parseDigest(edited, schema));
    });
  }
});
