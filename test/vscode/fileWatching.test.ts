/**
 * Posts changed on disk while the editor is open (a `git pull`, the bot's morning commit): the workspace index follows
 * the client's file watchers, and `already-digested` in the open post with it. In the web worker host the server
 * hears of the changes only through the client.
 */
import * as vscode from 'vscode';
import { EXAMPLE_POST, headingLine } from '../editorScenario';
import { digestPost, writePost } from './testPosts';
import { codeOf, waitForDiagnostics } from './waitFor';
import { testWorkspaceFolder } from './workspace';

/** The arXiv id of the example post's first paper. */
const FIRST_PAPER_ID = '2510.26794';
const EARLIER_POST = '2025-10-30-daily-papers.md';

suite('Posts changed on disk', () => {
  let uri: vscode.Uri;
  let earlier: vscode.Uri | undefined;
  let isAlreadyDigested: (diagnostic: vscode.Diagnostic) => boolean;

  suiteSetup(async () => {
    uri = vscode.Uri.joinPath(testWorkspaceFolder().uri, EXAMPLE_POST);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const line = headingLine(document.getText(), 1) - 1;
    isAlreadyDigested = (diagnostic) =>
      codeOf(diagnostic) === 'already-digested' && diagnostic.range.start.line === line;
    await waitForDiagnostics(
      "the example post's diagnostics",
      uri,
      (all) => all.length > 0 && !all.some(isAlreadyDigested),
      40_000,
    );
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (earlier) await vscode.workspace.fs.delete(earlier).then(undefined, () => undefined);
  });

  test('an earlier post written, changed and deleted: already-digested in the open post follows', async () => {
    earlier = await writePost(EARLIER_POST, digestPost('2025-10-30', FIRST_PAPER_ID));
    await waitForDiagnostics('already-digested after the earlier post was written', uri, (all) =>
      all.some(isAlreadyDigested),
    );

    await writePost(EARLIER_POST, digestPost('2025-10-30', '2510.99999'));
    await waitForDiagnostics(
      'already-digested to go once the earlier post no longer has the paper',
      uri,
      (all) => !all.some(isAlreadyDigested),
    );

    await writePost(EARLIER_POST, digestPost('2025-10-30', FIRST_PAPER_ID));
    await waitForDiagnostics('already-digested when the earlier post has the paper again', uri, (all) =>
      all.some(isAlreadyDigested),
    );

    await vscode.workspace.fs.delete(earlier);
    earlier = undefined;
    await waitForDiagnostics(
      'already-digested to go with the earlier post deleted',
      uri,
      (all) => !all.some(isAlreadyDigested),
    );
  });
});
