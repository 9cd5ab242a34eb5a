import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../../server/src/core/edits';
import { dateMismatch } from '../../../server/src/core/rules/dateMismatch';
import { check, EXAMPLE, post } from '../../helpers';

describe('date-mismatch', () => {
  it('accepts a post whose title, date and file name agree', () => {
    assert.deepEqual(check(dateMismatch, EXAMPLE, { fileName: '2025-10-31-daily-papers-20251031.md' }), []);
  });
  it('flags a title date that differs, with one fix per date', () => {
    const text = post([{}], { title: '"Daily Papers — 2025-10-30"' });
    const [finding] = check(dateMismatch, text, { fileName: '2025-10-31-daily-papers.md' });
    assert.match(
      finding.message,
      /the date: field says 2025-10-31, the title says 2025-10-30, the file name says 2025-10-31/,
    );
    assert.deepEqual(
      finding.fixes!.map((fix) => fix.title),
      ['Use 2025-10-31 (from the date: field) everywhere', 'Use 2025-10-30 (from the title) everywhere'],
    );
    const fixed = applyEdits(text, finding.fixes![0].edits);
    assert.match(fixed, /title: "Daily Papers — 2025-10-31"/);
    assert.equal(finding.fixes![0].renameTo, undefined);
  });
  it('renames the file when the user picks the front matter date', () => {
    const [finding] = check(dateMismatch, post(), { fileName: '2025-11-01-daily-papers-20251101.md' });
    const fromField = finding.fixes![0];
    assert.equal(fromField.renameTo, '2025-10-31-daily-papers-20251101.md');
    assert.deepEqual(fromField.edits, []);
    const fromFile = finding.fixes![1];
    const fixed = applyEdits(post(), fromFile.edits);
    assert.deepEqual(check(dateMismatch, fixed, { fileName: '2025-11-01-daily-papers-20251101.md' }), []);
  });
  it('ignores files without a date in their name', () => {
    assert.deepEqual(check(dateMismatch, post(), { fileName: 'draft.md' }), []);
  });
});
