import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { isFailure, type DocumentEdits, type Failure } from '../../../server/src/protocol';

/** The active editor when it shows markdown; otherwise says what to open and gives undefined. */
export function activeMarkdownEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'markdown') return editor;
  void vscode.window.showWarningMessage(vscode.l10n.t('Open a digest post in the editor first.'));
  return undefined;
}

export function textDocumentOf(editor: vscode.TextEditor) {
  return { uri: editor.document.uri.toString() };
}

/**
 * Applies the server's edits to the editor as one undoable change and moves the cursor where the
 * server says; a failure, a message or a document that changed meanwhile is told to the user instead.
 */
export async function applyDocumentEdits(
  editor: vscode.TextEditor,
  client: BaseLanguageClient,
  answer: DocumentEdits | Failure,
): Promise<void> {
  if (isFailure(answer)) return void vscode.window.showWarningMessage(answer.error);
  if (answer.message) return void vscode.window.showInformationMessage(answer.message);
  if (editor.document.version !== answer.version) {
    return void vscode.window.showWarningMessage(
      vscode.l10n.t('The post changed while the edit was prepared; run the command again.'),
    );
  }
  const edits = await client.protocol2CodeConverter.asTextEdits(answer.edits);
  const applied = await editor.edit((builder) => {
    for (const edit of edits) builder.replace(edit.range, edit.newText);
  });
  if (!applied)
    return void vscode.window.showWarningMessage(
      vscode.l10n.t('The edit could not be applied; run the command again.'),
    );
  if (answer.cursor) {
    const cursor = client.protocol2CodeConverter.asPosition(answer.cursor);
    editor.selection = new vscode.Selection(cursor, cursor);
    editor.revealRange(new vscode.Range(cursor, cursor), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
