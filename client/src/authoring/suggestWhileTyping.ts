import * as vscode from 'vscode';
import { PAPER_LABEL } from '../../../server/src/core/authoring/prefixes';
import type { DigestDocuments } from './digestDocuments';

/**
 * Markdown has `editor.quickSuggestions` off, so typing `paper` would show nothing. Rather than turn
 * suggestions on for every markdown file, open the list when a digest's line starts with the first
 * letter of `paper`; VS Code then narrows it as the word is typed. `paperDigest.suggestWhileTyping` turns it off.
 */
export function registerSuggestWhileTyping(context: vscode.ExtensionContext, digests: DigestDocuments): void {
  context.subscriptions.push(vscode.workspace.onDidChangeTextDocument((event) => {
    const editor = vscode.window.activeTextEditor;
    const [change] = event.contentChanges;
    if (!editor || editor.document !== event.document || event.contentChanges.length !== 1) return;
    if (change.text !== PAPER_LABEL[0] || change.range.start.character !== 0) return;
    if (event.document.lineAt(change.range.start.line).text.trim() !== change.text) return;
    if (!digests.wasDigest(event.document) || !wanted(event.document)) return;
    void vscode.commands.executeCommand('editor.action.triggerSuggest');
  }));
}

function wanted(document: vscode.TextDocument): boolean {
  if (!vscode.workspace.getConfiguration('paperDigest', document).get<boolean>('suggestWhileTyping', true)) return false;
  const quick = vscode.workspace.getConfiguration('editor', document).get<unknown>('quickSuggestions');
  const other = quick && typeof quick === 'object' ? (quick as Record<string, unknown>).other : quick;
  return !(other === true || other === 'on');
}
