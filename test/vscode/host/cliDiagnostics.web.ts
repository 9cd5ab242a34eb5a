import * as vscode from 'vscode';
import type { CliDiagnostic, CliReport } from '../../editorScenario';

/** Where scripts/test-vscode-host.sh --web-worker puts `check --format json .` of the workspace, before the run. */
const CLI_REPORT = 'out/test/web/cli-report.json';

/**
 * What `paper-digest check` reports for `post`. The web worker host cannot run the CLI: the runner ran it over the
 * workspace folder before the run, and the report is read from beside the tests, where the extension is served.
 */
export async function expectedCliDiagnostics(
  extension: vscode.Extension<unknown>,
  post: vscode.Uri,
  folder: vscode.Uri,
): Promise<CliDiagnostic[]> {
  const response = await fetch(vscode.Uri.joinPath(extension.extensionUri, CLI_REPORT).toString(true));
  if (!response.ok)
    throw new Error(`${CLI_REPORT}: HTTP ${response.status}; scripts/test-vscode-host.sh --web-worker writes it`);
  const reports = (await response.json()) as CliReport[];
  const file = post.path.slice(folder.path.length + 1);
  const report = reports.find((each) => each.file === file);
  if (!report) throw new Error(`the CLI does not see ${file} as a digest post`);
  return report.diagnostics;
}
