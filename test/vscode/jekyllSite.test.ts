/**
 * A post checked against its Jekyll site, in both extension hosts: Liquid Jekyll cannot build, and an include the
 * site's `_includes` lacks, found through the site's files as the host reads them (in the web worker host, through the
 * client's `vscode.workspace.fs`); and the post checked again when the include appears.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { digestPost, writePost } from './testPosts';
import { codeOf, waitForDiagnostics } from './waitFor';
import { testWorkspaceFolder } from './workspace';

const POST = '2025-12-28-daily-papers.md';
const INCLUDE = '_includes/chart.liquid';

suite('A post against its Jekyll site', () => {
  let post: vscode.Uri | undefined;
  let include: vscode.Uri | undefined;

  suiteTeardown(async () => {
    for (const uri of [post, include]) if (uri) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  test('reports Liquid Jekyll cannot build and a missing include, and hears when the include appears', async () => {
    post = await writePost(
      POST,
      digestPost('2025-12-28', '2510.24992', '{% include chart.liquid %}\n\n프롬프트의 {{ user_input 자리를 채운다.'),
    );
    const codes = (diagnostics: vscode.Diagnostic[]) => diagnostics.map(codeOf);
    const found = await waitForDiagnostics(
      'liquid-syntax and liquid-include on the new post',
      post,
      (all) => codes(all).includes('liquid-syntax') && codes(all).includes('liquid-include'),
      60_000,
    );
    assert.match(
      found.find((d) => codeOf(d) === 'liquid-syntax')!.message,
      /Variable '\{\{' was not properly terminated/,
    );

    include = vscode.Uri.joinPath(testWorkspaceFolder().uri, INCLUDE);
    await vscode.workspace.fs.writeFile(include, new TextEncoder().encode('<figure>chart</figure>\n'));
    await waitForDiagnostics(
      'liquid-include to go once the include is there',
      post,
      (all) => codes(all).includes('liquid-syntax') && !codes(all).includes('liquid-include'),
      60_000,
    );
  });
});
