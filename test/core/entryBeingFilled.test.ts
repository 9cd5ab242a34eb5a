import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paperEntry } from '../../server/src/core/authoring/entry';
import { withoutBlanksBeingFilled } from '../../server/src/core/entryBeingFilled';
import { parseDigest } from '../../server/src/core/parseDigest';
import { DEFAULT_SCHEMA } from '../../server/src/core/schema';
import { validateDigest } from '../../server/src/core/validate';
import { post } from '../helpers';

/** A filled paper 1, then paper 2 as the `paper` snippet leaves it: Title, ID and every section blank. */
const TEXT = `${post([{ number: 1 }], { date: '2025-11-04 08:15:00', title: '"Daily Papers — 2025-11-04"' })}\n${paperEntry(DEFAULT_SCHEMA, { number: 2, alphaxivLanguage: 'ko' }, '\n').plainText()}`;
const findings = (offset: number, text = TEXT) => {
  const { model, diagnostics } = validateDigest(text, { fileName: '2025-11-04-daily-papers.md' });
  return withoutBlanksBeingFilled(diagnostics, model, offset).map(
    (d) => `${d.ruleId} ${text.slice(d.span.start, d.span.end)}`,
  );
};

describe('the blanks of the entry being filled', () => {
  it('are left out while the cursor is in that entry: its ID, empty sections and bullets', () => {
    const blanks = findings(0);
    assert.deepEqual(
      blanks,
      [
        'arxiv-id ID',
        'section-empty Method',
        'section-empty Results',
        'section-empty Limitations',
        'section-empty Conclusion',
        'intro-bullet-empty Goal',
        'intro-bullet-empty Motivation',
        'intro-bullet-empty Contribution',
      ],
      'with the cursor in paper 1, paper 2 shows 1 error and 7 warnings',
    );
    assert.deepEqual(findings(TEXT.indexOf('# 2. [Title]') + 5), []);
    assert.deepEqual(findings(TEXT.indexOf('# 2. [Title]')), [], 'the start of its heading line is in the entry');
    assert.deepEqual(findings(TEXT.length), [], 'the cursor at the end of the post is in the last entry');
  });

  it('keep every other finding of the entry, and what the author typed wrong', () => {
    const typed = TEXT.replace('(https://arxiv.org/abs/ID)', '(https://arxiv.org/abs/2511.1)').replace(
      '# 2. [Title]',
      '## 2. [Title]',
    );
    const shown = findings(typed.indexOf('## 2.') + 5, typed);
    assert.ok(shown.includes('arxiv-id 2511.1'), 'an id typed wrong is no blank');
    assert.ok(
      shown.some((finding) => finding.startsWith('paper-heading ')),
      'nor is a heading of the wrong level',
    );
    assert.ok(!shown.some((finding) => finding.startsWith('section-empty ')));
  });

  it('leave a post without papers as it is', () => {
    const front = post([], { date: '2025-11-04 08:15:00', title: '"Daily Papers — 2025-11-04"' });
    const { model, diagnostics } = validateDigest(front);
    assert.equal(withoutBlanksBeingFilled(diagnostics, parseDigest(front), 0).length, diagnostics.length);
    assert.equal(model.papers.length, 0);
  });
});
