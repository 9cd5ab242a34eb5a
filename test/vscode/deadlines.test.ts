/**
 * The server never freezes, in both extension hosts: a post a language model filled with repeated markup is checked
 * on a worker of its own under the check deadline (worker threads on the desktop, nested Web Workers in the browser),
 * so a normal post's diagnostics keep arriving while it runs, and it gets `too-complex`.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXAMPLE_POST, headingLine, MISNUMBERED } from '../editorScenario';
import { digestPost, writePost } from './testPosts';
import { codeOf, waitForDiagnostics } from './waitFor';
import { testWorkspaceFolder } from './workspace';

/** 40 KB of `> - ` inside one paper entry: 21.7 s to check before the workers, now stopped at the deadline (5 s). */
const PATHOLOGICAL = digestPost('2025-11-03', '2511.00001', '> - '.repeat(10_000));

/** paperDigest.limits.checkTimeoutMs by default. */
const CHECK_DEADLINE_MS = 5000;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

suite('A post full of repeated markup beside a normal post', () => {
  let normal: vscode.TextEditor;
  let pathological: vscode.Uri;

  suiteSetup(async () => {
    normal = await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument(vscode.Uri.joinPath(testWorkspaceFolder().uri, EXAMPLE_POST)),
    );
    assert.ok(headingLine(normal.document.getText(), MISNUMBERED.paper) > 0, 'the example post is as on disk');
    await waitForDiagnostics("the example post's diagnostics", normal.document.uri, (all) => all.length > 0, 40_000);
  });

  suiteTeardown(async () => {
    // The normal post was typed in and typed back: reverted, so that closing it asks nothing.
    await vscode.window.showTextDocument(normal.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (pathological) await vscode.workspace.fs.delete(pathological);
  });

  /** A paper's number typed wrong, until its diagnostic shows; then typed back. The time to the diagnostic, in ms. */
  async function keystrokeToDiagnostics(): Promise<number> {
    const line = headingLine(normal.document.getText(), MISNUMBERED.paper) - 1;
    const number = new vscode.Range(line, 2, line, 2 + String(MISNUMBERED.paper).length);
    const isNumbering = (diagnostic: vscode.Diagnostic) =>
      codeOf(diagnostic) === 'paper-numbering' && diagnostic.range.start.line === line;
    const started = Date.now();
    await normal.edit((edit) => edit.replace(number, String(MISNUMBERED.wrongNumber)));
    await waitForDiagnostics(
      'the paper-numbering diagnostic',
      normal.document.uri,
      (all) => all.some(isNumbering),
      20_000,
    );
    const elapsed = Date.now() - started;
    await normal.edit((edit) => edit.replace(number, String(MISNUMBERED.paper)));
    await waitForDiagnostics(
      'the paper-numbering diagnostic to go away',
      normal.document.uri,
      (all) => !all.some(isNumbering),
      20_000,
    );
    return elapsed;
  }

  test("the normal post's diagnostics arrive while the other is checked; the other gets too-complex", async () => {
    const alone = median([
      await keystrokeToDiagnostics(),
      await keystrokeToDiagnostics(),
      await keystrokeToDiagnostics(),
    ]);

    pathological = await writePost('2025-11-03-daily-papers.md', PATHOLOGICAL);
    const opened = Date.now();
    let tooComplexAfter: number | undefined;
    const tooComplex = waitForDiagnostics(
      'too-complex',
      pathological,
      (all) => all.some((d) => codeOf(d) === 'too-complex'),
      60_000,
    ).then((diagnostics) => ((tooComplexAfter = Date.now() - opened), diagnostics));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(pathological), {
      preview: false,
      preserveFocus: true,
    });
    await vscode.window.showTextDocument(normal.document);
    normal = vscode.window.activeTextEditor!;

    const beside = await keystrokeToDiagnostics();
    const whileChecked = tooComplexAfter === undefined;
    const [diagnostic] = (await tooComplex).filter((d) => codeOf(d) === 'too-complex');
    console.log(
      `    measured: a keystroke's diagnostics beside a pathological post ${beside} ms, alone ${alone} ms (${(beside / alone).toFixed(2)}×); too-complex ${tooComplexAfter} ms after opening it`,
    );
    assert.ok(
      whileChecked,
      `the normal post's diagnostics (${beside} ms) came only after the pathological post's check ended (${tooComplexAfter} ms)`,
    );
    assert.strictEqual(diagnostic.range.start.line, 0, 'too-complex is at the first line');
    assert.match(diagnostic.message, /line \d+/);
  });

  test('the code actions VS Code asks at the cursor and on save answer at once for the too-complex post', async () => {
    assert.ok(pathological, 'the previous test wrote the pathological post');
    const asked = Date.now();
    await vscode.commands.executeCommand(
      'vscode.executeCodeActionProvider',
      pathological,
      new vscode.Range(0, 0, 0, 0),
    );
    const answered = Date.now() - asked;
    console.log(`    measured: the too-complex post's code actions (fix all included) answered in ${answered} ms`);
    assert.ok(answered < CHECK_DEADLINE_MS, `${answered} ms: "Fix all" parsed the post on the server's thread`);
  });
});
