import * as vscode from 'vscode';
import { CompletionRequest, type BaseLanguageClient } from 'vscode-languageclient';
import { PAPER_LABEL } from '../../../server/src/protocol';
import type { DigestDocuments } from './digestDocuments';

/**
 * Markdown has `editor.quickSuggestions` off, so typing `paper` would show nothing. Rather than turn
 * suggestions on for every markdown file, open the list when a digest's line starts with the first letter
 * of `paper` where the language server offers the entry (between papers); VS Code then narrows the list as
 * the word is typed. `paperDigest.suggestWhileTyping` turns it off.
 */
export function registerSuggestWhileTyping(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  digests: DigestDocuments,
): void {
  context.subscriptions.push(
    vscode.workspace.onDidChangeTextDocument(async (event) => {
      const editor = vscode.window.activeTextEditor;
      const [change] = event.contentChanges;
      if (!editor || editor.document !== event.document || event.contentChanges.length !== 1) return;
      if (change.text !== PAPER_LABEL[0] || change.range.start.character !== 0) return;
      const line = change.range.start.line;
      // Still typing the word on that line: `p`, `pa`… (checked again once the server has answered).
      const typingPaper = () => {
        const typed = event.document.lineAt(line).text.trim();
        return !!typed && PAPER_LABEL.startsWith(typed) && editor.selection.active.line === line;
      };
      if (event.document.lineAt(line).text.trim() !== change.text) return;
      if (!digests.wasDigest(event.document) || !wanted(event.document)) return;
      if (!(await offersPaper(client, event.document, new vscode.Position(line, 1))) || !typingPaper()) return;
      void vscode.commands.executeCommand('editor.action.triggerSuggest');
    }),
  );
}

async function offersPaper(
  client: BaseLanguageClient,
  document: vscode.TextDocument,
  position: vscode.Position,
): Promise<boolean> {
  try {
    const answer = await client.sendRequest(CompletionRequest.type, {
      textDocument: { uri: document.uri.toString() },
      position: client.code2ProtocolConverter.asPosition(position),
    });
    const items = Array.isArray(answer) ? answer : (answer?.items ?? []);
    return items.some((item) => item.label === PAPER_LABEL);
  } catch {
    return false;
  }
}

function wanted(document: vscode.TextDocument): boolean {
  if (!vscode.workspace.getConfiguration('paperDigest', document).get<boolean>('suggestWhileTyping', true))
    return false;
  const quick = vscode.workspace.getConfiguration('editor', document).get<unknown>('quickSuggestions');
  const other = quick && typeof quick === 'object' ? (quick as Record<string, unknown>).other : quick;
  return !(other === true || other === 'on');
}
