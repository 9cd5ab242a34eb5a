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
    /** A pace on a clock the test moves: checks that take `ms`, changes `ms` after the last step. */
    const paced = () => {
      const clock = { now: 0 };
      const pace = new Pace(() => clock.now);
      return {
        pace,
        check(ms: number, published = true) {
          const start = pace.checkStarts(URI);
          clock.now += ms;
          pace.checkEnds(URI);
          if (published) pace.checked(URI, start);
        },
        change(ms: number) {
          clock.now += ms;
          return pace.pauseAfterChange(URI);
        },
      };
    };

    it('is none for a keystroke after the last check finished', () => {
      const { check, change } = paced();
      assert.equal(change(0), 0, 'the first change');
      check(30);
      assert.equal(change(31), 0);
    });

    it("is the last check's length while keystrokes come faster than checks finish, up to a bound", () => {
      const { pace, check, change } = paced();
      check(40);
      change(0);
      assert.equal(change(10), 40, 'sooner after the last change than a check takes');
      pace.checkStarts(URI);
      assert.equal(change(50), 40, 'while a check is under way');
      pace.checkEnds(URI);
      check(500);
      change(0);
      assert.equal(change(10), 120, 'after a long check');
    });

    it('keeps the length of published checks only, and forgets a closed post', () => {
      const { pace, check, change } = paced();
      check(40);
      check(500, false);
      change(0);
      assert.equal(change(10), 40, 'the superseded check is not kept');
      pace.forget(URI);
      assert.equal(change(0), 0);
    });
  });
});
