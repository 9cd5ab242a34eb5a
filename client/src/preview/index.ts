import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SITE_STYLES_READY_METHOD, type PreviewState } from '../../../server/src/protocol';
import { KeptPages, type KeptFolder } from './keptPages';
import { PREVIEW_VIEW_TYPE, PreviewPanel, type PreviewShown } from './previewPanel';

export type { PreviewShown } from './previewPanel';

const OPEN_PREVIEW_TO_SIDE = 'paperDigest.openPreviewToSide';

/**
 * **Paper Digest: Preview as Blog Page** — one preview panel, following the active markdown editor. A preview open
 * when the window reloads comes back with its post (the webview keeps the post's URI; `onWebviewPanel` activation).
 * Returns the event of what the preview shows (the extension's API: tests hear the preview through it).
 */
export function registerPreview(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
): vscode.Event<PreviewShown> {
  let panel: PreviewPanel | undefined;
  const rendered = new vscode.EventEmitter<PreviewShown>();
  const kept = context.storageUri && {
    pages: new KeptPages(storageFolder(vscode.Uri.joinPath(context.storageUri, 'preview-pages'))),
    extensionVersion: String(context.extension.packageJSON.version),
  };
  const create = (document: vscode.TextDocument, restored?: vscode.WebviewPanel) => {
    const closed = () => (panel = undefined);
    const created = new PreviewPanel(client, document, context.extensionUri, closed, kept, restored);
    created.onDidRender((shown) => rendered.fire(shown));
    return created;
  };
  context.subscriptions.push(
    rendered,
    vscode.commands.registerCommand(OPEN_PREVIEW_TO_SIDE, async (resource?: vscode.Uri) => {
      const document = resource
        ? await vscode.workspace.openTextDocument(resource)
        : vscode.window.activeTextEditor?.document;
      if (!document) return;
      panel ??= create(document);
      panel.show(document);
    }),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      async deserializeWebviewPanel(restored: vscode.WebviewPanel, state: PreviewState | undefined) {
        const document = await documentToRestore(state);
        if (!document || panel) return restored.dispose();
        panel = create(document, restored);
      },
    }),
    client.onNotification(SITE_STYLES_READY_METHOD, () => panel?.siteStylesReady()),
    { dispose: () => panel?.dispose() },
  );
  return rendered.event;
}

/** The post the restored preview showed, or else the markdown the editor shows; undefined when there is neither. */
async function documentToRestore(state: PreviewState | undefined): Promise<vscode.TextDocument | undefined> {
  if (state?.uri) {
    const document = await Promise.resolve(vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri))).catch(
      () => undefined,
    );
    if (document) return document;
  }
  const editor = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find(
    (candidate) => candidate?.document.languageId === 'markdown',
  );
  return editor?.document;
}

/** A folder of the extension's storage, through `vscode.workspace.fs` (the web worker host has no other). */
function storageFolder(folder: vscode.Uri): KeptFolder {
  const { fs } = vscode.workspace;
  const file = (name: string) => vscode.Uri.joinPath(folder, name);
  return {
    list: async () => {
      // Made first: reading a folder that is not there is logged as an error.
      await fs.createDirectory(folder);
      const names = (await fs.readDirectory(folder)).filter(([, type]) => type === vscode.FileType.File);
      return Promise.all(names.map(async ([name]) => ({ name, ...(await fs.stat(file(name))) })));
    },
    read: (name) => Promise.resolve(fs.readFile(file(name))),
    write: (name, data) => Promise.resolve(fs.writeFile(file(name), data)),
    delete: (name) => Promise.resolve(fs.delete(file(name))),
  };
}
