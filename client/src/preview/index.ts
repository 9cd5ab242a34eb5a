import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SITE_STYLES_READY_METHOD, type PreviewState } from '../../../server/src/protocol';
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
  const create = (document: vscode.TextDocument, restored?: vscode.WebviewPanel) => {
    const created = new PreviewPanel(client, document, context.extensionUri, () => (panel = undefined), restored);
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
