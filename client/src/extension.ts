import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerAuthoring } from './suggestions';
import { registerPreview } from './preview';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    synchronize: { configurationSection: 'paperDigest' },
    initializationOptions: { storagePath: context.storageUri?.fsPath },
  };
  client = new LanguageClient('paperDigest', 'Paper Digest', serverOptions, clientOptions);
  await client.start();
  registerAuthoring(context, client);
  registerPreview(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
