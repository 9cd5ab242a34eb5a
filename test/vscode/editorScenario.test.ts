/**
 * The user session of the end-to-end UI suite (test/e2e), replayed through the extension API: the same
 * example post, the same typing, the same expectations (test/editorScenario.ts). Every wait is on an
 * event. The steps run in order on one editor; the post is reverted afterwards.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { Utils } from 'vscode-uri';
import { DEFAULT_SCHEMA } from '../../server/src/core/schema';
import {
  EXAMPLE_POST,
  headingLine,
  MISNUMBERED,
  newEntryLines,
  nextPaperNumber,
  NEW_PAPER,
  paperNames,
  TITLE_EDIT,
  type CliDiagnostic,
} from '../editorScenario';
import { expectedCliDiagnostics } from './host/cliDiagnostics';
import { codeOf, isDeepStrictEqual, waitFor, waitForDiagnostics } from './waitFor';
import { EXTENSION_ID, previewTabs, testWorkspaceFolder } from './workspace';

const SEVERITY: Record<vscode.DiagnosticSeverity, CliDiagnostic['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

type Reported = Omit<CliDiagnostic, 'fixes'>;

/** A diagnostic the way the CLI's JSON reports it (1-based, severity by name). */
function asReported(diagnostic: vscode.Diagnostic): Reported {
  const { start, end } = diagnostic.range;
  return {
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: SEVERITY[diagnostic.severity],
    code: codeOf(diagnostic),
    message: diagnostic.message,
  };
}

function byPosition(diagnostics: Reported[]): Reported[] {
  return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

suite('A user session on the example post, through the extension API', () => {
  let folder: vscode.WorkspaceFolder;
  let uri: vscode.Uri;
  let original: string;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    folder = testWorkspaceFolder();
    uri = vscode.Uri.joinPath(folder.uri, EXAMPLE_POST);
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    original = editor.document.getText();
  });

  suiteTeardown(async () => {
    for (const tab of previewTabs()) await vscode.window.tabGroups.close(tab);
    if (!editor) return;
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('1. the post gets the diagnostics the CLI reports for it', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    const expected = byPosition(
      (await expectedCliDiagnostics(extension, uri, folder.uri)).map(
        ({ fixes: _fixes, related: _related, ...reported }) => reported,
      ),
    );
    assert.ok(expected.length > 0, 'the CLI reports nothing for the example post: the comparison would prove nothing');
    await waitForDiagnostics(
      "the CLI's diagnostics",
      uri,
      (diagnostics) => isDeepStrictEqual(byPosition(diagnostics.map(asReported)), expected),
      40_000,
    );
  });

  test('2. `paper` at the end completes to the next entry; the arXiv id typed once fills both links', async () => {
    const { document } = editor;
    const entry = newEntryLines(nextPaperNumber(original));
    await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, '\npaper'));
    const end = document.lineAt(document.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      uri,
      end,
    );
    const papers = list.items.filter(
      (item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'paper',
    );
    assert.strictEqual(
      papers.length,
      1,
      `one \`paper\` completion: ${list.items.map((item) => JSON.stringify(item.label)).join(', ')}`,
    );
    const [paper] = papers;
    assert.ok(paper.insertText instanceof vscode.SnippetString, 'the `paper` completion is a snippet');
    assert.deepStrictEqual(paper.additionalTextEdits ?? [], [], 'nothing to renumber after the last paper');
    const range = paper.range instanceof vscode.Range ? paper.range : paper.range?.replacing;
    await editor.insertSnippet(paper.insertText, range);
    await vscode.commands.executeCommand('type', { text: NEW_PAPER.title });
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await vscode.commands.executeCommand('type', { text: NEW_PAPER.arxivId });
    await vscode.commands.executeCommand('leaveSnippet');
    const lines = document.getText().split('\n');
    assert.ok(lines.includes(entry.heading), `${entry.heading}\nnot in:\n${lines.slice(-25).join('\n')}`);
    assert.ok(lines.includes(entry.alphaxiv), `${entry.alphaxiv}\nnot in:\n${lines.slice(-25).join('\n')}`);
  });

  test('3. the renumber quick fix makes the numbering diagnostic go away', async () => {
    const line = headingLine(original, MISNUMBERED.paper) - 1;
    const number = String(MISNUMBERED.paper);
    await editor.edit((edit) =>
      edit.replace(new vscode.Range(line, 2, line, 2 + number.length), String(MISNUMBERED.wrongNumber)),
    );
    const isNumbering = (diagnostic: vscode.Diagnostic) =>
      codeOf(diagnostic) === 'paper-numbering' && diagnostic.range.start.line === line;
    const diagnostics = await waitForDiagnostics('the paper-numbering diagnostic', uri, (all) => all.some(isNumbering));
    const numbering = diagnostics.find(isNumbering)!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      numbering.range,
      vscode.CodeActionKind.QuickFix.value,
      10,
    );
    const renumber = actions.find((action) => action.title === 'Renumber all papers');
    assert.ok(renumber?.edit, `a Renumber quick fix with an edit: ${actions.map((action) => action.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(renumber.edit));
    await waitForDiagnostics('the paper-numbering diagnostic to go away', uri, (all) => !all.some(isNumbering));
    assert.ok(editor.document.lineAt(line).text.startsWith(`# ${number}. [`), editor.document.lineAt(line).text);
  });

  test('4. the document symbols are the papers with their sections', async () => {
    const names = [...paperNames(original), `${nextPaperNumber(original)}. ${NEW_PAPER.title}`];
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      uri,
    );
    const papers = symbols.filter((symbol) => names.includes(symbol.name));
    assert.deepStrictEqual(
      papers.map((paper) => ({ name: paper.name, sections: paper.children.map((section) => section.name) })),
      names.map((name) => ({ name, sections: DEFAULT_SCHEMA.sections })),
    );
  });

  test('5. the preview opens beside the post and stays with it while a title is edited', async () => {
    const { document } = editor;
    await vscode.commands.executeCommand('paperDigest.openPreviewToSide');
    const [preview] = await waitFor(
      'the preview tab',
      vscode.window.tabGroups.onDidChangeTabs,
      previewTabs,
      (tabs) => tabs.length === 1,
    );
    assert.notStrictEqual(preview.group.viewColumn, editor.viewColumn, 'the preview is beside the editor, not over it');
    assert.strictEqual(preview.label, `Preview ${Utils.basename(uri)}`);
    assert.strictEqual(vscode.window.activeTextEditor?.document, document, 'the editor keeps the focus');

    const line = headingLine(original, TITLE_EDIT.paper) - 1;
    const start = document.lineAt(line).text.indexOf(TITLE_EDIT.word);
    const edited = waitFor(
      'the title edit',
      vscode.workspace.onDidChangeTextDocument,
      () => document.lineAt(line).text,
      (text) => text.includes(TITLE_EDIT.replacement),
    );
    await editor.edit((edit) =>
      edit.replace(new vscode.Range(line, start, line, start + TITLE_EDIT.word.length), TITLE_EDIT.replacement),
    );
    await edited;
    assert.deepStrictEqual(
      previewTabs().map((tab) => tab.label),
      [preview.label],
      'the preview still shows the post',
    );
  });
});
