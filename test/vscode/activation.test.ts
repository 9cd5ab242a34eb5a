/**
 * Smoke test in a real VS Code host: opening the example digest post activates Paper Digest and
 * its language server publishes diagnostics (source `paper-digest`): some warnings/infos, no errors.
 * The test workspace (scripts/test-vscode-host.sh) is a copy of the test blog, test/fixtures/blog.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXAMPLE_POST as POST } from '../editorScenario';
import { SOURCE, waitForDiagnostics } from './waitFor';
import { EXTENSION_ID, testWorkspaceFolder } from './workspace';
const DIAGNOSTICS_TIMEOUT_MS = 40_000;

function formatDiagnostic(d: vscode.Diagnostic): string {
  return (
    `${d.range.start.line + 1}:${d.range.start.character + 1} ${vscode.DiagnosticSeverity[d.severity]} ` +
    `[${typeof d.code === 'object' ? d.code.value : (d.code ?? '')}] ${d.message}`
  );
}

suite('Paper Digest in VS Code', () => {
  test('activates on a digest post and reports warnings but no errors', async () => {
    const folder = testWorkspaceFolder();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded in the test host`);

    const uri = vscode.Uri.joinPath(folder.uri, POST);
    // Subscribe before opening so the first publication cannot be missed.
    const published = waitForDiagnostics(
      `'${SOURCE}' diagnostics for ${POST}`,
      uri,
      (d) => d.length > 0,
      DIAGNOSTICS_TIMEOUT_MS,
    );
    const opened = Date.now();
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'markdown');

    const diagnostics = await published;
    // Read by scripts/test.mjs, which compares the hosts of one run.
    console.log(`    first diagnostics ${Date.now() - opened} ms after opening the post (activation included)`);
    assert.ok(extension.isActive, 'diagnostics arrived but the extension is not active');
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(errors.map(formatDiagnostic), [], 'the example post must have no error-level diagnostics');
    assert.ok(
      diagnostics.some((d) => d.severity !== vscode.DiagnosticSeverity.Error),
      'expected some warning/info diagnostics on the example post',
    );
    console.log(`    ${diagnostics.length} '${SOURCE}' diagnostics, none an error`);
  });
});
