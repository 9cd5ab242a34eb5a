// The extension in the web worker extension host (github.dev, vscode.dev): no Node.js, the language server runs in a
// dedicated Worker (dist/web/server.js) and reads the workspace through this client (../fileAccess.ts).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, CLIENT_ID, CLIENT_NAME, type PaperDigestApi } from '../paperDigest';

export { deactivate } from '../paperDigest';

/** The web worker's own (the project's types are Node's, without the DOM's). */
declare const Worker: new (url: string, options: { name: string }) => object;

export function activate(context: vscode.ExtensionContext): Promise<PaperDigestApi> {
  const server = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  // The Worker itself, not a factory: the client would check a factory's result with `instanceof Worker`, which the
  // extension host's own Worker class fails.
  // The worker runs from a blob: URL in the extension host: it is told where its own bundle (which its job workers
  // load) and the renderer's are.
  const serverUrl = server.toString(true);
  const rendererUrl = vscode.Uri.joinPath(context.extensionUri, 'dist/render.js').toString(true);
  return activateWith(context, (options) => {
    const clientOptions = {
      ...options,
      initializationOptions: { ...options.initializationOptions, serverUrl, rendererUrl },
    };
    return new LanguageClient(CLIENT_ID, CLIENT_NAME, new Worker(serverUrl, { name: CLIENT_NAME }), clientOptions);
  });
}
