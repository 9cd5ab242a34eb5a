import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CodeActionKind, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import { FIX_ALL_KIND, provideCodeActions } from '../../../server/src/lsp/features/codeActions';
import { provideDiagnostics } from '../../../server/src/lsp/features/diagnostics';
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
    const [action] = provideCodeActions(digest, params(digest.document.uri, [diagnostic], [CodeActionKind.QuickFix]), { canRenameFiles: true });
    assert.deepEqual([action.title, action.kind, action.isPreferred], ['Renumber all papers', CodeActionKind.QuickFix, true]);
    const fixed = applied(digest, action.edit!.changes![digest.document.uri] as TextEdit[]);
    assert.ok(!provideDiagnostics(openDigest(fixed)).some((d) => d.code === 'paper-numbering'));
  });

  it('ignores diagnostics of other sources and diagnostics that no longer match the analysis', () => {
    const digest = openDigest(post([{ number: 1 }, { number: 3 }]));
    const ours = provideDiagnostics(digest).find((d) => d.code === 'paper-numbering')!;
    const others = [{ ...ours, source: 'markdownlint' }, { ...ours, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }];
    assert.deepEqual(provideCodeActions(digest, params(digest.document.uri, others), { canRenameFiles: true }).filter((a) => a.kind === CodeActionKind.QuickFix), []);
  });

  it('offers "Fix all digest problems" as a source action', () => {
    const digest = openDigest(EXAMPLE);
    const actions = provideCodeActions(digest, params(digest.document.uri, [], [CodeActionKind.SourceFixAll]), { canRenameFiles: true });
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Fix all digest problems', FIX_ALL_KIND]]);
    assert.doesNotMatch(applied(digest, actions[0].edit!.changes![digest.document.uri] as TextEdit[]), /and {3}Evaluation/);
  });

  it('offers the file rename that makes the dates agree only to clients that can rename files', () => {
    const uri = postUri('2025-10-30-daily-papers.md');
    const digest = openDigest(post(), { uri });
    const mismatch = provideDiagnostics(digest).filter((d) => d.code === 'date-mismatch');
    assert.ok(mismatch.length, 'the file name disagrees with the title');
    const titles = (canRenameFiles: boolean) => provideCodeActions(digest, params(uri, mismatch), { canRenameFiles }).map((a) => a.title);
    const renames = provideCodeActions(digest, params(uri, mismatch), { canRenameFiles: true }).filter((a) => a.edit?.documentChanges);
    assert.ok(renames.length && renames.every((a) => a.edit!.documentChanges!.some((change) => 'kind' in change && change.kind === 'rename')));
    assert.ok(titles(false).length < titles(true).length);
  });
});
