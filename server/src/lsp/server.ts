import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { environmentLocale, useLanguage } from '../l10n';
import { ServerContext } from './context';
import { FEATURES } from './features';
import { stdioConnection } from './stdio';

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const context = new ServerContext(connection, documents);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  useLanguage(params.locale ?? environmentLocale());
  context.initialize(params);
  return {
    capabilities: Object.assign({ textDocumentSync: TextDocumentSyncKind.Incremental }, ...FEATURES.map((feature) => feature.capabilities)),
    serverInfo: { name: 'paper-digest' },
  };
});

connection.onInitialized(() => context.initialized());
connection.onDidChangeConfiguration(() => context.settingsChanged());

for (const feature of FEATURES) feature.register(context);

documents.listen(connection);
connection.listen();
