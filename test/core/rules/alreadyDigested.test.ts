import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alreadyDigested } from '../../../server/src/core/rules/alreadyDigested';
import type { DigestedEntry } from '../../../server/src/core/rules/rule';
import { check, EXAMPLE, marked, post } from '../../helpers';

function entry(date: string | undefined, number: number, line = 9): DigestedEntry {
  return {
    file: `file:///blog/_posts/${date ?? 'draft'}-daily-papers.md`,
    date,
    postTitle: date ? `Daily Papers — ${date}` : 'draft.md',
    number,
    heading: { start: { line, character: 0 }, end: { line, character: 80 } },
  };
}

/** A lookup that knows `entries` for one paper and records what it was asked. */
function lookup(id: string, entries: DigestedEntry[], asked: string[] = []) {
  return (wanted: string) => {
    asked.push(wanted);
    return wanted === id ? entries : [];
  };
}

describe('already-digested', () => {
  it('says nothing without a workspace lookup', () => assert.deepEqual(check(alreadyDigested, EXAMPLE), []));

  it('flags a paper of an earlier post, naming the post and entry and linking to its heading', () => {
    const text = post([{ id: '2510.26001' }, { id: '2510.26002' }]);
    const earlier = entry('2025-10-12', 4, 57);
    const findings = check(alreadyDigested, text, { digestedElsewhere: lookup('2510.26002', [earlier]) });
    assert.deepEqual(marked(text, findings), ['2510.26002']);
    assert.equal(findings[0].message, 'Already digested: also in Daily Papers — 2025-10-12, entry 4.');
    assert.deepEqual(findings[0].related, [
      { file: earlier.file, range: earlier.heading, message: 'Daily Papers — 2025-10-12, entry 4' },
    ]);
  });

  it('looks papers up without their version', () => {
    const asked: string[] = [];
    const text = post([{ id: '2510.26001v3' }]);
    const findings = check(alreadyDigested, text, {
      digestedElsewhere: lookup('2510.26001', [entry('2025-10-01', 2)], asked),
    });
    assert.deepEqual(asked, ['2510.26001']);
    assert.deepEqual(marked(text, findings), ['2510.26001v3']);
  });

  it('leaves papers of later posts and of posts of the same day to those posts', () => {
    const text = post([{ id: '2510.26001' }]);
    const findings = check(alreadyDigested, text, {
      digestedElsewhere: lookup('2510.26001', [entry('2025-11-02', 1), entry('2025-10-31', 3), entry(undefined, 1)]),
    });
    assert.deepEqual(findings, []);
  });

  it('takes the date from the file name when the front matter has none', () => {
    const text = post([{ id: '2510.26001' }], { date: '\u0000', title: '\u0000' });
    const digestedElsewhere = lookup('2510.26001', [entry('2025-10-20', 1)]);
    assert.equal(check(alreadyDigested, text, { fileName: '2025-10-21-daily-papers.md', digestedElsewhere }).length, 1);
    assert.equal(check(alreadyDigested, text, { fileName: '2025-10-19-daily-papers.md', digestedElsewhere }).length, 0);
  });

  it('counts every dated post as earlier for a draft with no date yet', () => {
    const text = post([{ id: '2510.26001' }], { date: '\u0000', title: '\u0000' });
    const findings = check(alreadyDigested, text, {
      digestedElsewhere: lookup('2510.26001', [entry('2026-01-05', 2)]),
    });
    assert.equal(findings.length, 1);
  });

  it('names the three newest earlier entries and counts the rest, linking to all', () => {
    const text = post([{ id: '2510.26001' }]);
    const dates = ['2025-09-01', '2025-10-03', '2025-09-20', '2025-10-05', '2025-08-30'];
    const findings = check(alreadyDigested, text, {
      digestedElsewhere: lookup(
        '2510.26001',
        dates.map((date, i) => entry(date, i + 1)),
      ),
    });
    assert.equal(
      findings[0].message,
      'Already digested: also in Daily Papers — 2025-10-05, entry 4; Daily Papers — 2025-10-03, entry 2; Daily Papers — 2025-09-20, entry 3 and 2 more.',
    );
    assert.equal(findings[0].related?.length, 5);
  });
});
