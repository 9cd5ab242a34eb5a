import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CursorNotification } from '../../../server/src/protocol';

/**
 * Tells the language server the line of the cursor in the active markdown editor, only when it changes, and that an
 * editor no longer has the cursor once another one is active: the server keeps the blanks of the paper entry being
 * filled out of its diagnostics until the cursor leaves the entry.
 */
export function registerCursorReports(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  let last: { uri: string; line: number | null } | undefined;
  const report = (uri: string, line: number | null) => {
    if (last?.uri === uri && last.line === line) return;
    last = { uri, line };
    void client.sendNotification(CursorNotification, { textDocument: { uri }, line });
  };
  const reportEditor = (editor: vscode.TextEditor | undefined) => {
    const uri = editor?.document.uri.toString();
    if (last && last.line !== null && last.uri !== uri) report(last.uri, null);
    if (editor && editor.document.languageId === 'markdown')
      report(editor.document.uri.toString(), editor.selection.active.line);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(reportEditor),
    vscode.window.onDidChangeTextEditorSelection(({ textEditor }) => {
      if (textEditor === vscode.window.activeTextEditor) reportEditor(textEditor);
    }),
  );
  reportEditor(vscode.window.activeTextEditor);
}
