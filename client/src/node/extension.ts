// The extension in VS Code's Node extension host: the language server is a Node process.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, CLIENT_ID, CLIENT_NAME, type PaperDigestApi } from '../paperDigest';

export { deactivate } from '../paperDigest';

export function activate(context: vscode.ExtensionContext): Promise<PaperDigestApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  return activateWith(
    context,
    (clientOptions) => new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions),
  );
}
