/**
 * The Problems panel for the whole blog: with every editor closed, the posts of the test workspace (a copy of the test
 * blog) are listed with their problems, as `paper-digest check _posts` reports them.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SOURCE, waitFor } from './waitFor';
import { testWorkspaceFolder } from './workspace';

/** Posts of the test blog that no other test opens, each with a problem the checker always finds in it. */
const NEVER_OPENED = [
  ['_posts/2025-08-29-daily-papers-20250829.md', 'frontmatter-title'],
  ['_posts/2025-09-11-daily-papers-20250911.md', 'hidden-html'],
  ['_posts/2025-08-30-daily-papers-20250830.md', 'already-digested'],
];

function postsWithProblems(): Map<string, string[]> {
  return new Map(
    vscode.languages
      .getDiagnostics()
      .map(
        ([uri, diagnostics]) =>
          [
            uri.toString(),
            diagnostics
              .filter((d) => d.source === SOURCE)
              .map((d) => String(typeof d.code === 'object' ? d.code.value : d.code)),
          ] as const,
      )
      .filter(([, codes]) => codes.length > 0),
  );
}

suite('The whole blog in the Problems panel', () => {
  test('lists the problems of posts no editor has open', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const folder = testWorkspaceFolder();
    const expected = NEVER_OPENED.map(([post, code]) => [vscode.Uri.joinPath(folder.uri, post).toString(), code]);
    for (const [uri] of expected) {
      assert.ok(
        !vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri),
        `${uri} is not open`,
      );
    }
    const listed = await waitFor(
      "the closed posts' problems",
      vscode.languages.onDidChangeDiagnostics,
      postsWithProblems,
      (posts) => expected.every(([uri, code]) => posts.get(uri)?.includes(code)),
      60_000,
    );
    const posts = [...listed.keys()].filter((uri) =>
      uri.startsWith(vscode.Uri.joinPath(folder.uri, '_posts').toString()),
    );
    assert.ok(posts.length >= 10, `${posts.length} posts listed`);
  });
});
