/**
 * The first preview of the session on a post of the blog, in both extension hosts: the site's own layout (al-folio's),
 * then its Sass styles swapped in; the built-in theme only while the site is being read (in the web worker host, where
 * it is read through the client, the post is shown meanwhile), never as a fallback. The render no longer waits on those
 * reads (liquidjs's `renderLimit` is wall-clock time, which they ate: "template render limit exceeded").
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

  test("shows the site's layout, then its styles; the built-in theme only while the site is read", async () => {
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
      assert.deepStrictEqual(event.notes, [], 'the preview says nothing is amiss');
      if (event.theme === 'builtin') assert.ok(event.stylesLoading, 'the built-in theme shown as a fallback');
    }
    assert.strictEqual(styled.theme, 'site', "the site's layout once its look is there");
  });
});
