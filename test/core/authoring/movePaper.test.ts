import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { movePaper, paperIndexAt } from '../../../server/src/core/authoring/movePaper';
import { applyEdits } from '../../../server/src/core/edits';
import { parseDigest } from '../../../server/src/core/parseDigest';
import { DEFAULT_SCHEMA } from '../../../server/src/core/schema';
import { post } from '../../helpers';

function move(text: string, offset: number, direction: 'up' | 'down') {
  const result = movePaper(parseDigest(text), offset, direction, DEFAULT_SCHEMA);
  if ('error' in result) return result;
  assert.equal(applyEdits(text, [result.edit]), result.newText, 'one edit turns the old text into the new');
  return result;
}

describe('moving a paper', () => {
  const text = post();
  const cursorInSecond = text.indexOf('다섯 개', text.indexOf('# 2.'));

  it('down swaps it with the next one and keeps the numbers 1, 2, 3', () => {
    const moved = move(text, cursorInSecond, 'down');
    assert.ok(!('error' in moved));
    assert.deepEqual(
      parseDigest(moved.newText).papers.map((paper) => paper.heading.number?.value),
      [1, 2, 3],
    );
    assert.deepEqual(
      parseDigest(moved.newText).papers.map((paper) => paper.heading.arxivId?.value),
      ['2510.26001', '2510.26003', '2510.26002'],
    );
    assert.equal(moved.newText.slice(moved.cursor, moved.cursor + 4), '다섯 개', 'the cursor stays on the same words');
    assert.ok(moved.cursor > moved.newText.indexOf('# 3.'));
  });

  it('up swaps it with the previous one; moving back restores the post', () => {
    const up = move(text, cursorInSecond, 'up');
    assert.ok(!('error' in up));
    assert.deepEqual(
      parseDigest(up.newText).papers.map((paper) => paper.heading.arxivId?.value),
      ['2510.26002', '2510.26001', '2510.26003'],
    );
    const back = move(up.newText, up.cursor, 'down');
    assert.ok(!('error' in back));
    assert.equal(back.newText, text);
  });

  it('keeps the blank lines and the end of the file in place when the last paper moves', () => {
    const last = move(text, text.length, 'up');
    assert.ok(!('error' in last));
    assert.equal(last.newText.length, text.length);
    assert.ok(last.newText.endsWith('하였다.\n'));
    assert.doesNotMatch(last.newText, /\n\n\n/);
  });

  it('keeps the cursor on its line when the number changes length (10 becomes 9)', () => {
    const ten = post(Array.from({ length: 10 }, () => ({})));
    const at = ten.indexOf('## Results', ten.indexOf('# 10.'));
    const moved = move(ten, at, 'up');
    assert.ok(!('error' in moved));
    assert.equal(moved.newText.slice(moved.cursor, moved.cursor + 10), '## Results');
    assert.ok(moved.newText.lastIndexOf('# 9.', moved.cursor) > moved.newText.lastIndexOf('# 10.', moved.cursor));
  });

  it('renumbers a post whose numbers were wrong before the move', () => {
    const wrong = post([{ number: 1 }, { number: 5 }, { number: 9 }]);
    const moved = move(wrong, wrong.length, 'up');
    assert.ok(!('error' in moved));
    assert.deepEqual(
      parseDigest(moved.newText).papers.map((paper) => paper.heading.number?.value),
      [1, 2, 3],
    );
  });

  it('explains why it cannot move the first paper up, the last down, or outside a paper', () => {
    assert.deepEqual(move(text, text.indexOf('# 1.') + 3, 'up'), {
      error: 'This paper is already the first of the post.',
    });
    assert.deepEqual(move(text, text.length, 'down'), { error: 'This paper is already the last of the post.' });
    assert.deepEqual(move(text, 5, 'down'), { error: 'Put the cursor inside a paper entry to move it.' });
    assert.equal(paperIndexAt(parseDigest(text), text.indexOf('# 2.')), 1);
  });
});
