/**
 * The page kept for the next session (client/src/preview/keptPages.ts), at the panel: a preview opened on a post whose
 * page was kept for its text shows that page first, saying so, then the fresh render; a post whose text changed since
 * shows no kept page. In both extension hosts (the pages are kept through `vscode.workspace.fs`).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PaperDigestApi } from '../../client/src/paperDigest';
import type { PreviewShown } from '../../client/src/preview';
import { EXAMPLE_POST } from '../editorScenario';
import { waitFor } from './waitFor';
import { EXTENSION_ID, previewTabs, testWorkspaceFolder } from './workspace';

suite('The page kept of the last render', () => {
  let api: PaperDigestApi;
  let uri: vscode.Uri;

  suiteSetup(async () => {
    api = await vscode.extensions.getExtension<PaperDigestApi>(EXTENSION_ID)!.activate();
    uri = vscode.Uri.joinPath(testWorkspaceFolder().uri, EXAMPLE_POST);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  });

  suiteTeardown(async () => {
    await closePreview();
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  /** Opens the preview anew and hears what it shows of the post until its fresh render with the site's styles. */
  async function previewOpened(): Promise<PreviewShown[]> {
    await closePreview();
    const shown: PreviewShown[] = [];
    const listening = api.onDidRenderPreview((event) => event.uri === uri.toString() && shown.push(event));
    try {
      await vscode.commands.executeCommand('paperDigest.openPreviewToSide');
      return await waitFor(
        'the fresh render with the styles',
        api.onDidRenderPreview,
        () => shown,
        (all) => all.some((event) => !event.kept && !event.stylesLoading),
        60_000,
      );
    } finally {
      listening.dispose();
    }
  }

  test('shows the page kept for the same text first, then the fresh render', async () => {
    await previewOpened();
    const shown = await previewOpened();
    assert.strictEqual(shown[0].kept, true, `the kept page first: ${JSON.stringify(shown)}`);
    assert.strictEqual(shown[0].stylesLoading, false, 'the kept page comes with its styles');
    assert.strictEqual(shown[0].theme, 'site');
    assert.strictEqual(shown.at(-1)!.kept, false, 'then the fresh render');
    assert.strictEqual(shown.filter((event) => event.kept).length, 1);
  });

  test('shows no kept page once the text changed', async () => {
    // Closed first: the preview of the changed text would keep its page.
    await closePreview();
    const editor = vscode.window.visibleTextEditors.find(
      (visible) => visible.document.uri.toString() === uri.toString(),
    );
    assert.ok(editor, 'the post is open');
    await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount, 0), '\n고친 줄\n'));
    const shown = await previewOpened();
    assert.deepStrictEqual(
      shown.map((event) => event.kept),
      shown.map(() => false),
    );
  });
});

async function closePreview(): Promise<void> {
  for (const tab of previewTabs()) await vscode.window.tabGroups.close(tab);
}
