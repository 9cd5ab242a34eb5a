import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createConnection, TextDocuments } from 'vscode-languageserver/node';
import { createProtocolConnection, DidOpenTextDocumentNotification, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerContext } from '../../server/src/lsp/context';
import { NODE_PLATFORM } from '../../server/src/lsp/nodePlatform';
import { registerRenderRequest } from '../../server/src/lsp/features/render';
import { RENDER_METHOD, type RenderParams, type RenderResult } from '../../server/src/protocol/render';
import { REPO } from '../helpers';
import { shownContent } from './helpers';

const SITE = join(REPO, 'test/fixtures/jekyll-site');
const POST = join(SITE, '_posts/2025-10-31-daily-papers-20251031.md');

describe('the paperDigest/render request', () => {
  const [toServer, toClient] = [new PassThrough(), new PassThrough()];
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const documents = new TextDocuments(TextDocument);
  const context = new ServerContext(server, documents, NODE_PLATFORM);
  context.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(SITE).href, name: 'site' }] });
  registerRenderRequest(context);
  documents.listen(server);
  server.listen();
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.listen();
  after(() => {
    client.dispose();
    server.dispose();
  });

  const params = (uri: string, trusted = true): RenderParams => ({ uri, trusted, remoteContent: false, resourceRoots: [{ path: SITE, webviewUri: 'https://file+.vscode-resource.vscode-cdn.net/site' }] });

  it('renders a post that is not open from disk, with the site layout when trusted', async () => {
    const result = await client.sendRequest<RenderResult>(RENDER_METHOD, params(pathToFileURL(POST).href));
    assert.equal(result.version, undefined);
    assert.equal(result.theme, 'site');
    assert.equal(result.title, 'Daily Papers — 2025-10-31');
    assert.match(shownContent(result), /<h1 id="1-scaling-laws-for-motion-generation-data-model-and---evaluation" data-line="9">/);
  });

  it('renders the open document as typed, and the built-in theme when untrusted', async () => {
    const uri = pathToFileURL(POST).href;
    const text = readFileSync(POST, 'utf8').replace('## Limitations', '## 한계');
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 7, text } });
    const result = await client.sendRequest<RenderResult>(RENDER_METHOD, params(uri, false));
    assert.equal(result.version, 7);
    assert.equal(result.theme, 'builtin');
    assert.match(shownContent(result), /<h2 id="한계" data-line="\d+">한계<\/h2>/);
    assert.match(result.chrome!.before, /Created in <time[^>]*>October 31, 2025<\/time>/);
  });

  it('reads no file outside the workspace folders: it answers with a message', async () => {
    assert.deepEqual(await client.sendRequest(RENDER_METHOD, params('file:///etc/passwd')), { error: 'Only the digest posts of the workspace folders can be previewed.' });
  });

  it('renders an unsaved post with the built-in theme', async () => {
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: 'untitled:Untitled-1', languageId: 'markdown', version: 1, text: '# 1. [새 논문](https://arxiv.org/abs/2511.00001)\n' } });
    const result = await client.sendRequest<RenderResult>(RENDER_METHOD, params('untitled:Untitled-1'));
    assert.equal(result.theme, 'builtin');
    assert.match(shownContent(result), /<h1 id="1-새-논문" data-line="0">/);
  });
});
