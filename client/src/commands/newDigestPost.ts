import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { isFailure, NewDigestPostRequest } from '../../../server/src/protocol';
import type { DigestDocuments } from '../suggestions/digestDocuments';

/**
 * New Digest Post: opens today's post, or creates it from the template (`paperDigest.newPost.*`) with
 * paper 1 as a snippet, so the cursor waits on the first title either way.
 */
export async function newDigestPost(client: BaseLanguageClient, digests: DigestDocuments): Promise<void> {
  const folder = await blogFolder();
  if (!folder) return;
  const plan = await client.sendRequest(NewDigestPostRequest, {
    folderUri: folder.uri.toString(),
    date: localDate(new Date()),
  });
  if (isFailure(plan)) return void vscode.window.showErrorMessage(plan.error);
  const target = vscode.Uri.joinPath(folder.uri, ...plan.path.split('/'));
  const existing = await existingPost(target);
  if (existing) return openAtFirstTitle(existing, client, digests);
  try {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    // Created by the editor, which drops what it may still hold of a file of that name deleted earlier today.
    const create = new vscode.WorkspaceEdit();
    create.createFile(target, { contents: new TextEncoder().encode(plan.text) });
    if (!(await vscode.workspace.applyEdit(create))) throw new Error(vscode.l10n.t('the editor refused to create it'));
  } catch (error) {
    return void vscode.window.showErrorMessage(
      vscode.l10n.t('Could not create {0}: {1}', plan.path, error instanceof Error ? error.message : String(error)),
    );
  }
  const editor = await vscode.window.showTextDocument(target);
  await editor.insertSnippet(
    new vscode.SnippetString(plan.entrySnippet),
    client.protocol2CodeConverter.asRange(plan.entryRange),
  );
}

/** The workspace folder of the blog: the active file's, the only one, or the one the user picks. */
async function blogFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder =
    (active && vscode.workspace.getWorkspaceFolder(active)) ?? (folders.length === 1 ? folders[0] : undefined);
  if (folder) return folder;
  if (!folders.length) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Open the folder of your blog first: New Digest Post creates the post in its _posts folder.'),
    );
    return undefined;
  }
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t("The blog to write today's post in") });
}

/** Today's post if it exists: the file itself, or one beside it named the same with a suffix (`…-daily-papers-20251104.md`). */
async function existingPost(target: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = vscode.Uri.joinPath(target, '..');
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const stem = name.replace(/\.(md|markdown)$/, '');
  try {
    const entries = await vscode.workspace.fs.readDirectory(folder);
    const files = entries.filter(([, type]) => type === vscode.FileType.File).map(([entry]) => entry);
    const found =
      files.find((entry) => entry === name) ??
      files.find((entry) => entry.startsWith(stem) && /\.(md|markdown)$/.test(entry));
    return found ? vscode.Uri.joinPath(folder, found) : undefined;
  } catch {
    return undefined;
  }
}

async function openAtFirstTitle(uri: vscode.Uri, client: BaseLanguageClient, digests: DigestDocuments): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri);
  const { firstTitle } = await digests.status(editor.document);
  const range = firstTitle
    ? client.protocol2CodeConverter.asRange(firstTitle)
    : editor.document.lineAt(editor.document.lineCount - 1).range;
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** YYYY-MM-DD in the user's time zone. */
function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
