/**
 * Authoring in a real VS Code host: which `paper` completion shows where, the reordering commands as one
 * undoable edit each, and New Digest Post creating (then reopening) today's post. Every wait is on a command
 * or an event; each test reverts what it changed.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXAMPLE_POST } from '../editorScenario';
import { EXTENSION_ID } from './workspace';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function completionsAtEnd(document: vscode.TextDocument): Promise<vscode.CompletionItem[]> {
  const end = document.lineAt(document.lineCount - 1).range.end;
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    end,
  );
  return list.items;
}

function headingNumbers(document: vscode.TextDocument): number[] {
  return [...document.getText().matchAll(/^# (\d+)\. \[/gm)].map((match) => Number(match[1]));
}

function arxivIds(document: vscode.TextDocument): string[] {
  return [...document.getText().matchAll(/^# \d+\. \[.*\]\(https:\/\/arxiv\.org\/abs\/([^)]+)\)$/gm)].map(
    (match) => match[1],
  );
}

/**
 * Reverts the document and closes its editor. The revert is made on that document's editor, brought to the front
 * first, and checked: a later suite opens the same post and expects it as it is on disk.
 */
async function closeWithoutSaving(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  assert.strictEqual(document.isDirty, false, `${document.uri.path} was reverted`);
}

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

suite('Authoring in VS Code', () => {
  let folder: vscode.WorkspaceFolder;

  suiteSetup(async () => {
    const workspaceFolder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(workspaceFolder, 'the test workspace folder is not open');
    folder = workspaceFolder;
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  test('outside a digest, `paper` and `digest` are the static snippets, each once', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '# Reading notes\n\npa',
    });
    await vscode.window.showTextDocument(document);
    try {
      const items = await completionsAtEnd(document);
      const papers = items.filter((item) => labelOf(item) === 'paper');
      assert.strictEqual(papers.length, 1, items.map(labelOf).join(', '));
      assert.ok(papers[0].insertText instanceof vscode.SnippetString);
      assert.match(
        papers[0].insertText.value,
        /^# \$\{1:1\}\. \[\$\{2:Title\}\]\(https:\/\/arxiv\.org\/abs\/\$\{3:ID\}\)/,
      );
      assert.strictEqual(items.filter((item) => labelOf(item) === 'digest').length, 1);
    } finally {
      await closeWithoutSaving(document);
    }
  });

  test("in a digest, `paper` is only the language server's numbered entry", async () => {
    const editor = await vscode.window.showTextDocument(vscode.Uri.joinPath(folder.uri, EXAMPLE_POST));
    try {
      await editor.edit((edit) => edit.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\npa'));
      const items = await completionsAtEnd(editor.document);
      const papers = items.filter((item) => labelOf(item) === 'paper');
      assert.strictEqual(papers.length, 1, items.map(labelOf).join(', '));
      const next = Math.max(...headingNumbers(editor.document)) + 1;
      assert.match(
        (papers[0].insertText as vscode.SnippetString).value,
        new RegExp(`^# ${next}\\. \\[\\$\\{1:Title\\}\\]`),
      );
      assert.strictEqual(items.filter((item) => labelOf(item) === 'digest').length, 0);
    } finally {
      await closeWithoutSaving(editor.document);
    }
  });

  test('Move Paper Down and Renumber Papers each change the post in one undoable edit', async () => {
    const editor = await vscode.window.showTextDocument(vscode.Uri.joinPath(folder.uri, EXAMPLE_POST));
    const { document } = editor;
    try {
      const original = document.getText();
      const ids = arxivIds(document);
      const first = document.positionAt(original.indexOf('# 1. ['));
      editor.selection = new vscode.Selection(first, first);
      await vscode.commands.executeCommand('paperDigest.movePaperDown');
      assert.deepStrictEqual(arxivIds(document), [ids[1], ids[0], ...ids.slice(2)]);
      assert.deepStrictEqual(
        headingNumbers(document),
        ids.map((_, i) => i + 1),
      );
      assert.strictEqual(
        document.lineAt(editor.selection.active.line).text.startsWith('# 2. ['),
        true,
        'the cursor moved with the paper',
      );
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(document.getText(), original);

      const second = original.indexOf('# 2. [');
      await editor.edit((edit) =>
        edit.replace(new vscode.Range(document.positionAt(second + 2), document.positionAt(second + 3)), '7'),
      );
      const misnumbered = document.getText();
      await vscode.commands.executeCommand('paperDigest.renumberPapers');
      assert.strictEqual(document.getText(), original);
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(document.getText(), misnumbered);
    } finally {
      await closeWithoutSaving(document);
    }
  });

  test("New Digest Post creates today's post, named like the blog's, with paper 1 to fill, and opens it again the next time", async () => {
    const uri = vscode.Uri.joinPath(folder.uri, '_posts', `${today()}-daily-papers-${today().replace(/-/g, '')}.md`);
    try {
      await vscode.commands.executeCommand('paperDigest.newDigestPost');
      const editor = vscode.window.activeTextEditor;
      assert.strictEqual(editor?.document.uri.toString(), uri.toString());
      const text = editor.document.getText();
      assert.ok(
        text.startsWith(`---\nlayout: post\ntitle: "Daily Papers — ${today()}"\ndate: ${today()} 08:15:00\n`),
        text,
      );
      assert.match(
        text,
        /\n---\n\n\n# 1\. \[Title\]\(https:\/\/arxiv\.org\/abs\/ID\)\n\n> \[Alphaxiv\]\(https:\/\/www\.alphaxiv\.org\/ko\/overview\/ID\)\n/,
      );
      assert.strictEqual(editor.document.getText(editor.selection), 'Title', 'the cursor waits on the first title');
      await vscode.commands.executeCommand('type', { text: 'The Quest for Generalizable Motion Generation' });
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      await vscode.commands.executeCommand('type', { text: '2510.26794' });
      assert.match(
        editor.document.getText(),
        /abs\/2510\.26794\)\n\n> \[Alphaxiv\]\(https:\/\/www\.alphaxiv\.org\/ko\/overview\/2510\.26794\)/,
      );
      await vscode.commands.executeCommand('leaveSnippet');
      await editor.document.save();
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

      await vscode.commands.executeCommand('paperDigest.newDigestPost');
      const reopened = vscode.window.activeTextEditor;
      assert.strictEqual(reopened?.document.uri.toString(), uri.toString());
      assert.strictEqual(reopened.document.isDirty, false, 'an existing post is opened, not written again');
      assert.strictEqual(
        reopened.document.getText(reopened.selection),
        'The Quest for Generalizable Motion Generation',
      );
    } finally {
      const opened = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
      if (opened) await closeWithoutSaving(opened);
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
