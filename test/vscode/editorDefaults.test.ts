/**
 * The editor's defaults of VS Code for the Web and code-server: `files.autoSave: afterDelay`. An auto-save is no sign
 * the author is done with the paper entry being filled: its blanks stay quiet until the author saves. Every wait is on
 * an event.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, waitFor, waitForDiagnostics } from './waitFor';
import { testWorkspaceFolder } from './workspace';

/** What New Digest Post leaves blank in paper 1: quiet while the author fills it. */
const BLANKS = new Set(['arxiv-id', 'section-empty', 'intro-bullet-empty']);

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

suite("The editor's defaults on the web", () => {
  const files = () => vscode.workspace.getConfiguration('files');

  suiteSetup(async () => {
    await files().update('autoSave', 'afterDelay', vscode.ConfigurationTarget.Global);
    await files().update('autoSaveDelay', 200, vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async () => {
    await files().update('autoSave', undefined, vscode.ConfigurationTarget.Global);
    await files().update('autoSaveDelay', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test("with auto-save on, a new post's paper 1 stays quiet until the author saves", async () => {
    const uri = vscode.Uri.joinPath(
      testWorkspaceFolder().uri,
      '_posts',
      `${today()}-daily-papers-${today().replace(/-/g, '')}.md`,
    );
    try {
      const autoSaved = waitFor(
        'the auto-save of the new post',
        vscode.workspace.onDidSaveTextDocument,
        () => vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString()),
        (document) => !!document && !document.isDirty && document.getText().includes('# 1. [Title]'),
      );
      const reasons: vscode.TextDocumentSaveReason[] = [];
      const listening = vscode.workspace.onWillSaveTextDocument(({ document, reason }) => {
        if (document.uri.toString() === uri.toString()) reasons.push(reason);
      });
      await vscode.commands.executeCommand('paperDigest.newDigestPost');
      const editor = vscode.window.activeTextEditor!;
      assert.strictEqual(editor.document.uri.toString(), uri.toString());
      await autoSaved;
      listening.dispose();
      assert.ok(
        reasons.length > 0 && reasons.every((reason) => reason === vscode.TextDocumentSaveReason.AfterDelay),
        `saved by the editor, after a delay: ${reasons}`,
      );

      // A change outside paper 1, whose diagnostics come after the server heard the auto-save.
      const layoutLine = editor.document.getText().split('\n').indexOf('layout: post');
      await editor.edit((edit) => edit.replace(new vscode.Range(layoutLine, 8, layoutLine, 12), 'page'));
      const afterSave = await waitForDiagnostics('the wrong layout', uri, (all) =>
        all.some((diagnostic) => codeOf(diagnostic) === 'frontmatter-layout'),
      );
      assert.deepStrictEqual(
        afterSave.map(codeOf).filter((code) => BLANKS.has(code)),
        [],
        "paper 1's blanks stay quiet after auto-saves",
      );

      // The author's Ctrl+S, once auto-save has saved the edit (VS Code saves a clean file when asked to).
      await waitFor(
        'the edit auto-saved',
        vscode.workspace.onDidSaveTextDocument,
        () => editor.document.isDirty,
        (dirty) => !dirty,
      );
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitForDiagnostics("paper 1's blanks, once the author saved", uri, (all) =>
        all.some((diagnostic) => codeOf(diagnostic) === 'arxiv-id'),
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
