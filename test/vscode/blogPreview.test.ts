/**
 * The first preview of the session on a post of the blog, in both extension hosts: the site's own layout (al-folio's,
 * never the built-in theme), then its Sass styles swapped in. In the web worker host the site's files are read through
 * the client; the render no longer waits on those reads (liquidjs's `renderLimit` is wall-clock time, which they ate).
 * Runs before the other suites open a preview, so that it is the session's first.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PaperDigestApi } from '../../client/src/paperDigest';
import type { PreviewShown } from '../../client/src/preview';
import { EXAMPLE_POST } from '../editorScenario';
import { waitFor } from './waitFor';
import { EXTENSION_ID, testWorkspaceFolder } from './workspace';

suite("The preview of the blog's post", () => {
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test("shows the site's layout at once, then its styles; never the built-in theme", async () => {
    const api = await vscode.extensions.getExtension<PaperDigestApi>(EXTENSION_ID)!.activate();
    const uri = vscode.Uri.joinPath(testWorkspaceFolder().uri, EXAMPLE_POST);
    const shown: (PreviewShown & { ms: number })[] = [];
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const started = Date.now();
    const listening = api.onDidRenderPreview((event) => shown.push({ ...event, ms: Date.now() - started }));
    try {
      await vscode.commands.executeCommand('paperDigest.openPreviewToSide');
      await waitFor(
        "the preview with the site's styles",
        api.onDidRenderPreview,
        () => shown,
        (all) => all.some((event) => event.uri === uri.toString() && !event.stylesLoading),
        60_000,
      );
    } finally {
      listening.dispose();
    }
    const first = shown[0];
    const styled = shown.find((event) => !event.stylesLoading)!;
    console.log(
      `    measured: first preview of the session: the post at ${first.ms} ms, the site's styles at ${styled.ms} ms`,
    );
    for (const event of shown) {
      assert.strictEqual(event.uri, uri.toString());
      assert.strictEqual(event.theme, 'site', `a render fell back to the built-in theme: ${event.notes.join(' ')}`);
      assert.deepStrictEqual(event.notes, [], 'the preview says nothing is amiss');
    }
  });
});
