import { PassThrough } from 'node:stream';
import { after } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createConnection, TextDocuments } from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerContext } from '../../server/src/lsp/context';
import { registerRenderRequest } from '../../server/src/lsp/features/render';
import { NODE_PLATFORM } from '../../server/src/lsp/nodePlatform';

export interface RenderRequestServerOptions {
  /**
   * The `paperDigest` settings the client answers `workspace/configuration` with (for the document it names, when a
   * function); none asked without it.
   */
  settings?: object | ((scopeUri: string) => object);
  /** Sets up the context before the request is registered (its workers, say). */
  prepare?: (context: ServerContext) => void;
}

/**
 * A language server with only `paperDigest/render`, in this process, whose workspace folder is `site`, and a client
 * connected to it over in-memory streams; both are closed after the suite.
 */
export function renderRequestServer(
  site: string,
  options: RenderRequestServerOptions = {},
): { client: ProtocolConnection; context: ServerContext } {
  const [toServer, toClient] = [new PassThrough(), new PassThrough()];
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const documents = new TextDocuments(TextDocument);
  const context = new ServerContext(server, documents, NODE_PLATFORM);
  const capabilities = options.settings ? { workspace: { configuration: true } } : {};
  context.initialize({
    processId: null,
    rootUri: null,
    capabilities,
    workspaceFolders: [{ uri: pathToFileURL(site).href, name: 'site' }],
  });
  options.prepare?.(context);
  registerRenderRequest(context);
  documents.listen(server);
  server.listen();
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const { settings } = options;
  if (settings)
    client.onRequest('workspace/configuration', ({ items }: { items: { scopeUri?: string }[] }) =>
      items.map(({ scopeUri }) => (typeof settings === 'function' ? settings(scopeUri ?? '') : settings)),
    );
  client.listen();
  after(() => {
    client.dispose();
    server.dispose();
  });
  return { client, context };
}
