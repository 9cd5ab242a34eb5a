import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'paper-digest.paper-digest';

/** The folder the test window opened (a copy of the test blog). */
export function testWorkspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is not open');
  return folder;
}

/** The preview's tabs (its webview panels). */
export function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('paperDigest.preview'));
}
