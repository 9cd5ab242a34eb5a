import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { Pace, provideDiagnostics } from '../../../server/src/lsp/features/diagnostics';
import { DIAGNOSTIC_SOURCE } from '../../../server/src/protocol';
import { resolveSettings } from '../../../server/src/settings/settings';
import { paperEntry } from '../../../server/src/core/authoring/entry';
import { DEFAULT_SCHEMA } from '../../../server/src/core/schema';
import { EXAMPLE, post } from '../../helpers';
import { generatePost } from '../../generatedBlog';
import { indexOf, openDigest, postUri } from './openDigest';

describe('diagnostics', () => {
  it('gives each finding its rule as code, our source, its severity and its exact range', () => {
    const diagnostics = provideDiagnostics(openDigest(EXAMPLE));
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.source, d.severity, d.range.start]),
      [
        ['title-spacing', DIAGNOSTIC_SOURCE, DiagnosticSeverity.Information, { line: 9, character: 6 }],
        ['title-spacing', DIAGNOSTIC_SOURCE, DiagnosticSeverity.Information, { line: 30, character: 6 }],
      ],
    );
  });

  it('follows the severities the settings give, and leaves out rules turned off', () => {
    const text = post([{ number: 1 }, { number: 3 }]);
    const asError = provideDiagnostics(
      openDigest(text, { settings: resolveSettings({ rules: { 'paper-numbering': 'error' } }) }),
    );
    assert.deepEqual(
      asError.filter((d) => d.code === 'paper-numbering').map((d) => d.severity),
      [DiagnosticSeverity.Error],
    );
    const off = provideDiagnostics(
      openDigest(text, { settings: resolveSettings({ rules: { 'paper-numbering': 'off' } }) }),
    );
    assert.deepEqual(
      off.filter((d) => d.code === 'paper-numbering'),
      [],
    );
  });

  it('points an already digested paper at the earlier entry as related information', () => {
    const earlierUri = postUri('2023-01-09-daily-papers-20230109.md');
    const earlier = generatePost(4, { date: '2023-01-09', idOf: (i) => `2301.${String(100 + i).padStart(5, '0')}` });
    const later = generatePost(2, { date: '2023-01-10', idOf: (i) => (i === 0 ? '2301.00103' : '2301.00300') });
    const index = indexOf([[earlierUri, earlier]]);
    const flagged = provideDiagnostics(
      openDigest(later, { uri: postUri('2023-01-10-daily-papers-20230110.md'), index }),
    ).filter((d) => d.code === 'already-digested');
    assert.deepEqual(
      flagged.map((d) => [d.message, d.severity, d.range.start.line]),
      [['Already digested: also in Daily Papers — 2023-01-09, entry 4.', DiagnosticSeverity.Information, 9]],
    );
    const earlierLine = earlier.split('\n').findIndex((line) => line.startsWith('# 4. '));
    assert.deepEqual(
      flagged[0].relatedInformation?.map((info) => [info.location.uri, info.location.range.start, info.message]),
      [[earlierUri, { line: earlierLine, character: 0 }, 'Daily Papers — 2023-01-09, entry 4']],
    );
  });

  it("leaves out the blanks of the entry on the cursor's line, and only there", () => {
    const text = `${post([{ number: 1 }])}\n${paperEntry(DEFAULT_SCHEMA, { number: 2, alphaxivLanguage: 'ko' }, '\n').plainText()}`;
    const digest = openDigest(text);
    const entryLine = text.split('\n').indexOf('# 2. [Title](https://arxiv.org/abs/ID)');
    assert.equal(provideDiagnostics(digest).length, 8);
    assert.deepEqual(provideDiagnostics(digest, entryLine + 4), []);
    assert.equal(provideDiagnostics(digest, 0).length, 8, 'the cursor in the front matter');
  });

  describe('the pause before checking a changed post', () => {
    const URI = 'file:///post.md';
    /** A pace on a clock the test moves. */
    const paced = () => {
      const clock = { now: 0 };
      return { pace: new Pace(() => clock.now), clock };
    };

    it('is none for a keystroke after the last check finished', () => {
      const { pace, clock } = paced();
      assert.equal(pace.pauseAfterChange(URI), 0, 'the first change');
      const start = pace.checkStarts(URI);
      clock.now += 30;
      pace.checkEnds(URI);
      pace.checked(URI, start);
      clock.now += 31;
      assert.equal(pace.pauseAfterChange(URI), 0);
    });

    it("is the last check's length while keystrokes come faster than checks finish, up to a bound", () => {
      const { pace, clock } = paced();
      let start = pace.checkStarts(URI);
      clock.now += 40;
      pace.checkEnds(URI);
      pace.checked(URI, start);
      pace.pauseAfterChange(URI);
      clock.now += 10;
      assert.equal(pace.pauseAfterChange(URI), 40, 'sooner after the last change than a check takes');
      clock.now += 50;
      start = pace.checkStarts(URI);
      assert.equal(pace.pauseAfterChange(URI), 40, 'while a check is under way');
      clock.now += 500;
      pace.checkEnds(URI);
      pace.checked(URI, start);
      pace.pauseAfterChange(URI);
      clock.now += 10;
      assert.equal(pace.pauseAfterChange(URI), 120, 'after a long check');
    });

    it('keeps the length of published checks only, and forgets a closed post', () => {
      const { pace, clock } = paced();
      const start = pace.checkStarts(URI);
      clock.now += 40;
      pace.checkEnds(URI);
      pace.checked(URI, start);
      pace.checkStarts(URI);
      clock.now += 500;
      pace.checkEnds(URI);
      pace.pauseAfterChange(URI);
      clock.now += 10;
      assert.equal(pace.pauseAfterChange(URI), 40, 'the superseded check is not kept');
      pace.forget(URI);
      assert.equal(pace.pauseAfterChange(URI), 0);
    });
  });
});
