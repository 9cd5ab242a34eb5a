import * as path from 'path';
import type * as vscode from 'vscode';
import { cliDiagnostics } from '../../cliReport';
import type { CliDiagnostic } from '../../editorScenario';

/** What `paper-digest check` (the extension's own dist/cli.js) reports for `post`, run now in the workspace `folder`. */
export async function expectedCliDiagnostics(
  extension: vscode.Extension<unknown>,
  post: vscode.Uri,
  folder: vscode.Uri,
): Promise<CliDiagnostic[]> {
  return cliDiagnostics(path.join(extension.extensionPath, 'dist/cli.js'), post.fsPath, folder.fsPath);
}
