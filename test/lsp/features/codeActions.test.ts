import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CodeActionKind, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import { POST_JOBS } from '../../../server/src/jobs/postJobs';
import { FIX_ALL_KIND, fixAllInput, provideCodeActions } from '../../../server/src/lsp/features/codeActions';
import { provideDiagnostics } from '../../../server/src/lsp/features/diagnostics';
import { resolveSettings } from '../../../server/src/settings/settings';
import { EXAMPLE, post } from '../../helpers';
import { applied, openDigest, postUri } from './openDigest';

const params = (uri: string, diagnostics: Diagnostic[], only?: string[]): CodeActionParams => ({
  textDocument: { uri },
  range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  context: { diagnostics, only },
});

describe('code actions', () => {
  it('answers the quick fix of a diagnostic, and the diagnostic is gone once it is applied', () => {
    const digest = openDigest(post([{ number: 1 }, { number: 3 }]));
    const diagnostic = provideDiagnostics(digest).find((d) => d.code === 'paper-numbering')!;
    const [action] = provideCodeActions(digest, params(digest.document.uri, [diagnostic], [CodeActionKind.QuickFix]), {
      canRenameFiles: true,
    });
    assert.deepEqual(
      [action.title, action.kind, action.isPreferred],
      ['Renumber all papers', CodeActionKind.QuickFix, true],
    );
    const fixed = applied(digest, action.edit!.changes![digest.document.uri] as TextEdit[]);
    assert.ok(!provideDiagnostics(openDigest(fixed)).some((d) => d.code === 'paper-numbering'));
  });

  it('ignores diagnostics of other sources and diagnostics that no longer match the analysis', () => {
    const digest = openDigest(post([{ number: 1 }, { number: 3 }]));
    const ours = provideDiagnostics(digest).find((d) => d.code === 'paper-numbering')!;
    const others = [
      { ...ours, source: 'markdownlint' },
      { ...ours, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } },
    ];
    assert.deepEqual(
      provideCodeActions(digest, params(digest.document.uri, others), { canRenameFiles: true }).filter(
        (a) => a.kind === CodeActionKind.QuickFix,
      ),
      [],
    );
  });

  it('offers "Fix all digest problems" as a source action for the errors and warnings', () => {
    const digest = openDigest(post([{ number: 1 }, { number: 3, title: 'Spaced   Title' }]));
    const actions = provideCodeActions(
      digest,
      params(digest.document.uri, [], [CodeActionKind.SourceFixAll]),
      { canRenameFiles: true },
      POST_JOBS.fixAll(fixAllInput(digest)),
    );
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind]),
      [['Fix all digest problems', FIX_ALL_KIND]],
    );
    const fixed = applied(digest, actions[0].edit!.changes![digest.document.uri] as TextEdit[]);
    assert.match(fixed, /\n# 2\. \[Spaced {3}Title\]/, 'the numbering is fixed; the title-spacing note is not');
  });

  it('leaves information and hints to "Fix all" only when paperDigest.fixAll.minimumSeverity asks', () => {
    const unlabeled = post([
      {
        sections: [
          ['Introduction', '- 첫 문장이다.\n- 둘째 문장이다.\n- 셋째 문장이다.'],
          ['Method', '방법.'],
          ['Results', '결과.'],
          ['Limitations', '한계.'],
          ['Conclusion', '결론.'],
        ],
      },
    ]);
    const fixAllOf = (text: string, minimumSeverity?: string) => {
      const digest = openDigest(text, { settings: resolveSettings({ fixAll: { minimumSeverity } }) });
      const [action] = provideCodeActions(
        digest,
        params(digest.document.uri, [], [CodeActionKind.SourceFixAll]),
        { canRenameFiles: true },
        POST_JOBS.fixAll(fixAllInput(digest)),
      );
      return action && applied(digest, action.edit!.changes![digest.document.uri] as TextEdit[]);
    };
    assert.equal(fixAllOf(EXAMPLE), undefined, 'the example has notes only');
    assert.equal(fixAllOf(unlabeled), undefined, 'and these bullets a hint only');
    assert.doesNotMatch(fixAllOf(EXAMPLE, 'information')!, /and {3}Evaluation/);
    assert.match(fixAllOf(unlabeled, 'hint')!, /- Goal: 첫 문장이다\./);
    const settings = resolveSettings({ rules: { 'title-spacing': 'warning' } });
    const digest = openDigest(EXAMPLE, { settings });
    assert.equal(
      provideCodeActions(
        digest,
        params(digest.document.uri, [], [CodeActionKind.SourceFixAll]),
        { canRenameFiles: true },
        POST_JOBS.fixAll(fixAllInput(digest)),
      ).length,
      1,
      'a rule raised to warning is fixed',
    );
  });

  it('offers the file rename that makes the dates agree only to clients that can rename files', () => {
    const uri = postUri('2025-10-30-daily-papers.md');
    const digest = openDigest(post(), { uri });
    const mismatch = provideDiagnostics(digest).filter((d) => d.code === 'date-mismatch');
    assert.ok(mismatch.length, 'the file name disagrees with the title');
    const titles = (canRenameFiles: boolean) =>
      provideCodeActions(digest, params(uri, mismatch), { canRenameFiles }).map((a) => a.title);
    const renames = provideCodeActions(digest, params(uri, mismatch), { canRenameFiles: true }).filter(
      (a) => a.edit?.documentChanges,
    );
    assert.ok(
      renames.length &&
        renames.every((a) => a.edit!.documentChanges!.some((change) => 'kind' in change && change.kind === 'rename')),
    );
    assert.ok(titles(false).length < titles(true).length);
  });
});
