import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAll } from '../../../server/src/core/edits';
import { frontmatterMissing } from '../../../server/src/core/rules/frontmatterMissing';
import { validateDigest } from '../../../server/src/core/validate';
import { check, EXAMPLE, fixFirst, marked, paper, post } from '../../helpers';

describe('frontmatter-missing', () => {
  it('accepts a post with front matter', () => assert.deepEqual(check(frontmatterMissing, EXAMPLE), []));
  it('flags a post without front matter and inserts one dated from the file name', () => {
    const text = paper();
    const fixed = fixFirst(frontmatterMissing, text, { fileName: '2025-11-02-daily-papers-20251102.md' });
    assert.match(fixed, /^---\nlayout: post\ntitle: "Daily Papers — 2025-11-02"\ndate: 2025-11-02 08:15:00\n/);
    assert.deepEqual(check(frontmatterMissing, fixed), []);
  });
  it('inserts the front matter after a byte order mark, where Jekyll looks for it', () => {
    const fixed = fixFirst(frontmatterMissing, `\uFEFF${paper()}`, { fileName: '2025-11-02-daily-papers-20251102.md' });
    assert.match(fixed, /^\uFEFF---\nlayout: post\n/);
    assert.deepEqual(check(frontmatterMissing, fixed), []);
  });
  it('offers no fix when no date is known', () => {
    assert.deepEqual(check(frontmatterMissing, paper())[0].fixes, []);
  });
  it('flags an unclosed front matter block at its opening fence', () => {
    const text = '---\nlayout: post\ntitle: "Daily Papers — 2025-10-31"\n\n' + paper();
    const findings = check(frontmatterMissing, text);
    assert.deepEqual(marked(text, findings), ['---']);
    assert.match(findings[0].message, /not closed/);
  });
});

describe('frontmatter-missing, lines ended by CR alone', () => {
  const text = post([{}], {}).replace(/\n/g, '\r');
  it('says Jekyll reads no front matter, and offers no fix (inserting one would make two)', () => {
    const findings = check(frontmatterMissing, text, { fileName: '2025-10-31-daily-papers.md' });
    assert.deepEqual(marked(text, findings), ['---']);
    assert.match(findings[0].message, /CR alone/);
    assert.equal(findings[0].fixes, undefined);
  });
  it('is the only front matter problem: the fields Jekyll cannot read are not each reported missing', () => {
    const ids = validateDigest(text, { fileName: '2025-10-31-daily-papers.md' }).diagnostics.map((d) => d.ruleId);
    assert.deepEqual(
      ids.filter((id) => id.startsWith('frontmatter')),
      ['frontmatter-missing'],
    );
    assert.equal(
      fixAll(text, { fileName: '2025-10-31-daily-papers.md', minimumSeverity: 'hint' }).includes('\n---'),
      false,
    );
  });
});
