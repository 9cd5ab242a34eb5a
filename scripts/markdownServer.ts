// VS Code's own markdown language server (vscode-markdown-languageserver, the one every VS Code user runs), driven as
// VS Code's markdown extension drives it: the client tokenizes with markdown-it when the server asks (`markdown/parse`),
// answers its reads of the workspace, and pulls a document's diagnostics (`textDocument/diagnostic`) after each edit.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import {
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { ENGLISH_ENV } from '../test/helpers';

export const MARKDOWN_SERVER = require.resolve('vscode-markdown-languageserver');

/** VS Code's defaults for the `markdown` settings the server reads, with every link check on (they are off by default). */
const SETTINGS = {
  markdown: {
    server: { log: 'off' },
    preferredMdPathExtensionStyle: 'auto',
    suggest: { paths: { enabled: true, includeWorkspaceHeaderCompletions: 'onDoubleHash' } },
    occurrencesHighlight: { enabled: false },
    validate: {
      enabled: true,
      referenceLinks: { enabled: 'warning' },
      fragmentLinks: { enabled: 'warning' },
      fileLinks: { enabled: 'warning', markdownFragmentLinks: 'inherit' },
      ignoredLinks: [],
      unusedLinkDefinitions: { enabled: 'hint' },
      duplicateLinkDefinitions: { enabled: 'warning' },
    },
  },
};

/** Every markdown file under the folder, as file URIs. */
function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => extname(name) === '.md')
    .map((name) => pathToFileURL(join(folder, name)).href);
}

export class MarkdownServer {
  readonly connection: ProtocolConnection;
  /** The open documents' texts, which the server asks the client to tokenize. */
  readonly texts = new Map<string, string>();
  private readonly markdownIt = new MarkdownIt({ html: true });

  private constructor(
    readonly process: ChildProcess,
    root: string,
  ) {
    this.connection = createProtocolConnection(
      new StreamMessageReader(process.stdout!),
      new StreamMessageWriter(process.stdin!),
    );
    const path = (uri: string) => fileURLToPath(uri);
    this.connection.onRequest('markdown/parse', ({ uri, text }: { uri: string; text?: string }) =>
      this.markdownIt.parse(text ?? this.texts.get(uri) ?? readFileSync(path(uri), 'utf8'), {}),
    );
    this.connection.onRequest('markdown/fs/readFile', ({ uri }: { uri: string }) => [...readFileSync(path(uri))]);
    this.connection.onRequest('markdown/fs/stat', ({ uri }: { uri: string }) => {
      const stat = statSync(path(uri), { throwIfNoEntry: false });
      return stat ? { isDirectory: stat.isDirectory() } : null;
    });
    this.connection.onRequest('markdown/fs/readDirectory', ({ uri }: { uri: string }) =>
      readdirSync(path(uri), { withFileTypes: true }).map((entry) => [
        entry.name,
        { isDirectory: entry.isDirectory() },
      ]),
    );
    this.connection.onRequest('markdown/findMarkdownFilesInWorkspace', () => markdownFiles(root));
    this.connection.onRequest('markdown/fs/watcher/create', () => undefined);
    this.connection.onRequest('markdown/fs/watcher/delete', () => undefined);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  /** The server over `root` as its one workspace folder, with its settings sent. */
  static async start(root: string): Promise<MarkdownServer> {
    const child = spawn(process.execPath, [MARKDOWN_SERVER, '--stdio'], { stdio: 'pipe', env: ENGLISH_ENV });
    const server = new MarkdownServer(child, root);
    const rootUri = pathToFileURL(root).href;
    await server.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'root' }],
      initializationOptions: { markdownFileExtensions: ['md'] },
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    await server.connection.sendNotification(InitializedNotification.type, {});
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: SETTINGS });
    return server;
  }

  /** The document's diagnostics, pulled. */
  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    return report.kind === 'full' ? report.items : [];
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    this.connection.dispose();
    this.process.kill();
  }
}
