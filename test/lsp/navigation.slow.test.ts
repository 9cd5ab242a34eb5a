import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FileChangeType,
  FoldingRangeRequest,
  HoverRequest,
  WorkspaceSymbolRequest,
  type DocumentSymbol,
  type MarkupContent,
  type SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { writeBlog, type GeneratedBlog } from '../generatedBlog';
import { LspClient } from './lspClient';

const INDEXING = 'Paper Digest: indexing posts';
const CAPABILITIES = {
  window: { workDoneProgress: true },
  workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: {
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { relatedInformation: true },
  },
};

const uriOf = (path: string) => pathToFileURL(path).href;
const textDocument = (path: string) => ({ textDocument: { uri: uriOf(path) } });
const lineOf = (path: string, prefix: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .findIndex((line) => line.startsWith(prefix));

describe('navigation over a generated workspace of posts', () => {
  let root: string;
  let blog: GeneratedBlog;
  let client: LspClient;

  const open = async (path: string) => {
    const diagnostics = client.waitForDiagnostics(uriOf(path));
    await client.open(uriOf(path), readFileSync(path, 'utf8'));
    return (await diagnostics).diagnostics;
  };
  const symbols = async (query: string) =>
    (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) as SymbolInformation[];
  const fileEvents = (...changes: [string, FileChangeType][]) =>
    client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: changes.map(([path, type]) => ({ uri: uriOf(path), type })),
    });

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'paper-digest-navigation-'));
    blog = writeBlog(root, 30, 4, 3);
    writeFileSync(join(root, 'README.md'), '# My blog\n\nSee [arXiv](https://arxiv.org/abs/2510.26794).\n');
    client = await LspClient.start({ rootPath: root, capabilities: CAPABILITIES });
    await client.waitForProgressEnd(INDEXING);
  });

  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
    assert.equal(client.stderr, '');
  });

  it('announces a labelled outline, folding, links, hover and workspace symbols, and watches the posts and the site', () => {
    const capabilities = client.initializeResult?.capabilities;
    assert.deepEqual(capabilities?.documentSymbolProvider, { label: 'Paper Digest' });
    assert.ok(
      capabilities?.foldingRangeProvider &&
        capabilities.hoverProvider &&
        capabilities.workspaceSymbolProvider &&
        capabilities.documentLinkProvider,
    );
    const watchers = client.registrations
      .filter((r) => r.method === DidChangeWatchedFilesNotification.method)
      .flatMap((r) => r.registerOptions.watchers);
    assert.deepEqual(
      watchers.map((w: { globPattern: string }) => w.globPattern),
      [
        '**/*.{md,markdown}',
        '**/*',
        '**/_config.{yml,yaml}',
        '**/{_layouts,_includes,_data,_pages,_sass,assets,_plugins}/**',
        '**/Gemfile',
        '**/.github/workflows/**',
      ],
    );
  });

  // What each provider answers is tested in-process (test/lsp/features/); here, that the server routes each request.
  it('answers the outline, folding, links, hover and workspace symbols of a post over the protocol', async () => {
    const post = blog.files[7];
    await open(post);
    const outline = (await client.connection.sendRequest(
      DocumentSymbolRequest.type,
      textDocument(post),
    )) as DocumentSymbol[];
    assert.deepEqual(outline.map((symbol) => symbol.name).slice(0, 2), [
      'Front matter',
      '1. The Quest for Generalizable Motion Generation: Data, Model, and Evaluation',
    ]);
    assert.equal(
      (await client.connection.sendRequest(FoldingRangeRequest.type, textDocument(post)))?.length,
      1 + 4 + 4 * 5,
    );
    assert.equal((await client.connection.sendRequest(DocumentLinkRequest.type, textDocument(post)))?.length, 8);
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      ...textDocument(post),
      position: { line: 9, character: 3 },
    });
    assert.match((hover?.contents as MarkupContent).value, /^\*\*1\\\. The Quest/);
    assert.deepEqual(
      (await symbols(blog.idOf(12, 0))).map((s) => s.location.uri),
      [uriOf(blog.files[12]), uriOf(blog.files[11])],
    );
  });

  it('flags a paper digested in an earlier post, with a link to the earlier entry', async () => {
    const later = blog.files[9];
    const earlier = blog.files[8];
    const flagged = (await open(later)).filter((d) => d.code === 'already-digested');
    assert.deepEqual(
      flagged.map((d) => [d.message, d.severity, d.range.start.line]),
      [['Already digested: also in Daily Papers — 2023-01-09, entry 4.', 3, 9]],
    );
    assert.deepEqual(
      flagged[0].relatedInformation?.map((info) => [info.location.uri, info.location.range.start, info.message]),
      [[uriOf(earlier), { line: lineOf(earlier, '# 4. '), character: 0 }, 'Daily Papers — 2023-01-09, entry 4']],
    );
  });

  it('re-checks an open post when an open post it depends on is edited, unsaved', async () => {
    const later = blog.files[20];
    const earlier = blog.files[16];
    await open(later);
    await open(earlier);
    const text = readFileSync(earlier, 'utf8').replaceAll(blog.idOf(16, 1), blog.idOf(20, 2));
    const flagged = client.waitForDiagnostics(uriOf(later), (p) =>
      p.diagnostics.some((d) => d.code === 'already-digested' && d.range.start.line === lineOf(later, '# 3. ')),
    );
    await client.change(uriOf(earlier), text, 2);
    const found = (await flagged).diagnostics.find((d) => d.code === 'already-digested')!;
    assert.equal(found.message, 'Already digested: also in Daily Papers — 2023-01-17, entry 2.');
    assert.equal((await symbols(blog.idOf(16, 1))).length, 0);
  });

  it('follows posts deleted and renamed on disk', async () => {
    const later = blog.files[9];
    const cleared = client.waitForDiagnostics(
      uriOf(later),
      (p) => !p.diagnostics.some((d) => d.code === 'already-digested'),
    );
    rmSync(blog.files[8]);
    await fileEvents([blog.files[8], FileChangeType.Deleted]);
    await cleared;
    assert.deepEqual(await symbols(blog.idOf(8, 1)), []);

    const renamed = join(root, '_posts/archive/2023-01-06-renamed.md');
    mkdirSync(join(root, '_posts/archive'));
    renameSync(blog.files[5], renamed);
    const moved = client.waitForDiagnostics(uriOf(blog.files[6]), (p) =>
      p.diagnostics.some((d) => d.relatedInformation?.[0].location.uri === uriOf(renamed)),
    );
    await open(blog.files[6]);
    await fileEvents([blog.files[5], FileChangeType.Deleted], [join(root, '_posts/archive'), FileChangeType.Created]);
    await moved;
    assert.deepEqual(
      (await symbols(blog.idOf(5, 1))).map((s) => s.location.uri),
      [uriOf(renamed)],
    );
  });

  it('gives markdown files that are not digests no outline, folding, links or hover', async () => {
    const readme = join(root, 'README.md');
    await open(readme);
    assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, textDocument(readme)), []);
    assert.deepEqual(await client.connection.sendRequest(FoldingRangeRequest.type, textDocument(readme)), []);
    assert.deepEqual(await client.connection.sendRequest(DocumentLinkRequest.type, textDocument(readme)), []);
    assert.equal(
      await client.connection.sendRequest(HoverRequest.type, {
        ...textDocument(readme),
        position: { line: 0, character: 2 },
      }),
      null,
    );
  });
});

describe('the workspace index in a later session', () => {
  const root = mkdtempSync(join(tmpdir(), 'paper-digest-sessions-'));
  const storagePath = mkdtempSync(join(tmpdir(), 'paper-digest-storage-'));
  after(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(storagePath, { recursive: true, force: true });
  });

  const session = async (run: (client: LspClient) => Promise<void>) => {
    const client = await LspClient.start({
      rootPath: root,
      capabilities: CAPABILITIES,
      initializationOptions: { storageUri: URI.file(storagePath).toString() },
    });
    try {
      await client.waitForProgressEnd(INDEXING);
      await run(client);
    } finally {
      await client.stop();
    }
    assert.equal(client.stderr, '');
  };
  const idsFound = async (client: LspClient, ids: string[]) => {
    const found = await Promise.all(
      ids.map((query) => client.connection.sendRequest(WorkspaceSymbolRequest.type, { query })),
    );
    return found.map((symbols) => (symbols as SymbolInformation[]).length > 0);
  };

  it("saves the summaries in the client's storage, and reads changes made on disk between sessions", async () => {
    const blog = writeBlog(root, 8, 3);
    const cacheFile = join(storagePath, 'index-cache.json');
    await session(async () => {
      // Saved once the index is built: waited for as long as that takes (the bound only ends a run that never saves).
      for (let waited = 0; !existsSync(cacheFile) && waited < 60_000; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      assert.ok(existsSync(cacheFile), 'the cache is saved once the index is built');
    });
    writeFileSync(blog.files[3], readFileSync(blog.files[3], 'utf8').replaceAll(blog.idOf(3, 0), '2510.26001'));
    rmSync(blog.files[6]);
    // Only the cache says so: found only if the unchanged post is taken from the cache rather than read again.
    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replace(`"${blog.idOf(1, 0)}"`, '"2510.99999"'));
    await session(async (client) => {
      const ids = [blog.idOf(0, 0), blog.idOf(7, 2), '2510.26001', '2510.99999', blog.idOf(3, 0), blog.idOf(6, 1)];
      assert.deepEqual(await idsFound(client, ids), [true, true, true, true, false, false]);
    });
  });
});
