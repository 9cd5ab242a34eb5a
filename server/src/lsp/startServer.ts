// The language server over any connection: a Node process's (server.ts) or a web worker's (browser/server.ts).
import {
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerContext } from './context';
import { FEATURES } from './features';
import type { ServerPlatform } from './platform';

export function startServer(connection: Connection, platform: ServerPlatform): void {
  const documents = new TextDocuments(TextDocument);
  const context = new ServerContext(connection, documents, platform);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    platform.initialize(params);
    context.initialize(params);
    return {
      capabilities: Object.assign(
        {
          textDocumentSync: {
            openClose: true,
            change: TextDocumentSyncKind.Incremental,
            // Why a post is saved: only the author's own save shows the blanks of the entry being filled (diagnostics.ts).
            willSave: true,
            save: { includeText: false },
          },
        },
        ...FEATURES.map((feature) => feature.capabilities),
      ),
      serverInfo: { name: 'paper-digest' },
    };
  });

  connection.onInitialized(() => context.initialized());
  connection.onDidChangeConfiguration(() => context.settingsChanged());

  for (const feature of FEATURES) feature.register(context);

  documents.listen(connection);
  connection.listen();
}
