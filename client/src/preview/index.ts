import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { PreviewState } from '../../../server/src/protocol';
import { PREVIEW_VIEW_TYPE, PreviewPanel } from './previewPanel';

export const OPEN_PREVIEW_TO_SIDE = 'paperDigest.openPreviewToSide';

/**
 * **Paper Digest: Preview as Blog Page** — one preview panel, following the active markdown editor. A preview open
 * when the window reloads comes back with its post (the webview keeps the post's URI; `onWebviewPanel` activation).
 */
export function registerPreview(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  let panel: PreviewPanel | undefined;
  const create = (document: vscode.TextDocument, restored?: vscode.WebviewPanel) =>
    new PreviewPanel(client, document, context.extensionUri, () => (panel = undefined), restored);
  context.subscriptions.push(
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
    { dispose: () => panel?.dispose() },
  );
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
