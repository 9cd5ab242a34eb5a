import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { PreviewPanel } from './previewPanel';

export const OPEN_PREVIEW_TO_SIDE = 'paperDigest.openPreviewToSide';

/** **Paper Digest: Preview as Blog Page** — one preview panel, following the active markdown editor. */
export function registerPreview(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  let panel: PreviewPanel | undefined;
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_PREVIEW_TO_SIDE, async (resource?: vscode.Uri) => {
      const document = resource
        ? await vscode.workspace.openTextDocument(resource)
        : vscode.window.activeTextEditor?.document;
      if (!document) return;
      panel ??= new PreviewPanel(client, document, context.extensionUri, () => (panel = undefined));
      panel.show(document);
    }),
    { dispose: () => panel?.dispose() },
  );
}
