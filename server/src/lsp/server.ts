import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND, registerCodeActions } from './codeActions';
import { ServerContext } from './context';
import { registerDiagnostics } from './diagnostics';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const context = new ServerContext(connection, documents);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const capabilities = params.capabilities;
  context.settings.supportsConfiguration = !!capabilities.workspace?.configuration;
  context.canRenameFiles = !!capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('rename');
  context.workspaceFolders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
  if (!context.workspaceFolders.length && params.rootUri) context.workspaceFolders = [params.rootUri];
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Full,
      codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
    },
    serverInfo: { name: 'paper-digest' },
  };
});

connection.onDidChangeConfiguration(() => context.settingsChanged());

registerDiagnostics(context);
registerCodeActions(context);

documents.listen(connection);
connection.listen();
