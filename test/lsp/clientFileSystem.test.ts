// A virtual workspace (github.dev's `vscode-vfs://github/…`) read through the client, as the server in a web worker
// reads every workspace: the workspace index and the preview's Jekyll site see what they see on the disk.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import type { Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { ClientFileSystem } from '../../server/src/lsp/clientFileSystem';
import {
  BATCH_READS,
  ReadBatchRequest,
  type FileKind,
  type FileRead,
  type FileReadAnswer,
  type FileStat,
} from '../../server/src/protocol/fileSystem';
import { invalidateSite, renderPostPage } from '../../server/src/render';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { TEST_BLOG } from '../helpers';
import { indexerFor } from '../workspace/testIndexer';

const FOLDER = 'vscode-vfs://github/paper-digest/blog';
const POST = '_posts/2025-10-31-daily-papers-20251031.md';

/** The test blog as the client's `vscode.workspace.fs` would serve it from a GitHub repository, plus one link. */
function virtualBlog(): Map<string, FileStat & { bytes?: Uint8Array }> {
  const entries = new Map<string, FileStat & { bytes?: Uint8Array }>();
  const add = (path: string) => {
    const info = statSync(path);
    const uri = `${FOLDER}${relative(TEST_BLOG, path)
      .split('\\')
      .join('/')
      .replace(/^(?=.)/, '/')}`;
    entries.set(uri, {
      kind: info.isDirectory() ? 'directory' : 'file',
      size: info.size,
      mtimeMs: info.mtimeMs,
      symbolicLink: false,
      bytes: info.isFile() ? readFileSync(path) : undefined,
    });
    if (info.isDirectory()) for (const name of readdirSync(path)) add(join(path, name));
  };
  add(TEST_BLOG);
  entries.set(`${FOLDER}/_includes/linked.liquid`, {
    kind: 'file',
    size: 1,
    mtimeMs: 0,
    symbolicLink: true,
    bytes: new TextEncoder().encode('x'),
  });
  return entries;
}

/**
 * A connection whose client answers the batches of reads from `entries`, as the extension does (fileAccess.ts), keeping
 * every URI read and every batch's size; `answersPerBatch` cuts its answers short, as its bound of bytes would.
 */
function clientConnection(entries: ReturnType<typeof virtualBlog>, answersPerBatch = BATCH_READS) {
  const asked: string[] = [];
  const batches: number[] = [];
  const answer: Record<FileRead['method'], (uri: string) => FileReadAnswer> = {
    stat: (uri) => {
      const entry = entries.get(uri);
      return entry
        ? { kind: entry.kind, size: entry.size, mtimeMs: entry.mtimeMs, symbolicLink: entry.symbolicLink }
        : null;
    },
    readFile: (uri) => {
      const bytes = entries.get(uri)?.bytes;
      return bytes ? Buffer.from(bytes).toString('base64') : null;
    },
    readDirectory: (uri) => {
      if (entries.get(uri)?.kind !== 'directory') return null;
      return [...entries]
        .filter(([child]) => child.startsWith(`${uri}/`) && !child.slice(uri.length + 1).includes('/'))
        .map(([child, entry]): [string, FileKind] => [
          child.slice(uri.length + 1),
          entry.symbolicLink ? 'other' : entry.kind,
        ]);
    },
  };
  const connection = {
    sendRequest: async (type: { method: string }, { reads }: { reads: FileRead[] }) => {
      assert.equal(type.method, ReadBatchRequest.method);
      assert.ok(reads.length <= BATCH_READS);
      batches.push(reads.length);
      const answered = reads.slice(0, answersPerBatch);
      asked.push(...answered.map(({ uri }) => uri));
      return answered.map(({ method, uri }) => answer[method](uri));
    },
  };
  return { connection: connection as unknown as Connection, asked, batches };
}

describe('a virtual workspace read through the client', () => {
  const root = URI.parse(FOLDER).fsPath;

  it('is indexed as the same folder on the disk is', async () => {
    const { connection } = clientConnection(virtualBlog());
    const virtual = indexerFor([], { files: new ClientFileSystem(connection, () => [FOLDER]), folderUris: [FOLDER] });
    const disk = indexerFor([TEST_BLOG]);
    for (const { indexer } of [virtual, disk]) {
      indexer.indexAll();
      await indexer.whenIdle();
    }
    assert.deepEqual(virtual.errors, []);
    assert.ok(disk.index.postCount > 10);
    assert.equal(virtual.index.postCount, disk.index.postCount);
    const relativeFiles = (files: string[], folder: string) => files.map((file) => file.slice(folder.length)).sort();
    assert.deepEqual(
      relativeFiles(virtual.index.files(), FOLDER),
      relativeFiles(disk.index.files(), URI.file(TEST_BLOG).toString()),
    );
    assert.deepEqual(virtual.index.tags(), disk.index.tags());
    assert.deepEqual(virtual.index.categories(), disk.index.categories());
  });

  it("renders a post through the site's layouts, includes and styles exactly as from the disk", async () => {
    const files = new ClientFileSystem(clientConnection(virtualBlog()).connection, () => [FOLDER]);
    const text = readFileSync(join(TEST_BLOG, POST), 'utf8');
    const virtualPage = await renderPostPage({ text, filePath: join(root, POST), allowSite: true, files });
    const diskPage = await renderPostPage({
      text,
      filePath: join(TEST_BLOG, POST),
      allowSite: true,
      files: nodeFileSystem,
    });
    assert.match(virtualPage, /<nav id="navbar"/);
    assert.equal(virtualPage, diskPage);
  });

  it('reads the site in a few batches, each read once, the reads a short answer left out asked again', async () => {
    const text = readFileSync(join(TEST_BLOG, POST), 'utf8');
    const render = (connection: Connection) => {
      // Read anew: the renderer keeps the sites it read.
      invalidateSite([join(root, '_config.yml')]);
      return renderPostPage({
        text,
        filePath: join(root, POST),
        allowSite: true,
        files: new ClientFileSystem(connection, () => [FOLDER]),
      });
    };
    const whole = clientConnection(virtualBlog());
    const page = await render(whole.connection);
    assert.ok(whole.asked.length > 100, `${whole.asked.length} reads`);
    assert.ok(
      whole.batches.length * 5 < whole.asked.length,
      `${whole.batches.length} batches of ${whole.asked.length} reads`,
    );
    const cut = clientConnection(virtualBlog(), 3);
    assert.equal(await render(cut.connection), page);
    assert.deepEqual(cut.asked.sort(), whole.asked.sort());
  });

  it('names only files inside the workspace folders, and follows no symbolic link', async () => {
    const { connection, asked } = clientConnection(virtualBlog());
    const files = new ClientFileSystem(connection, () => [FOLDER]);
    assert.equal(await files.readFile('/etc/passwd'), undefined);
    assert.equal(await files.stat(root.replace(/blog$/, 'other/_config.yml')), undefined);
    assert.ok(
      asked.every((uri) => uri.startsWith(FOLDER)),
      asked.join('\n'),
    );
    assert.equal(await files.realPath(join(root, '_includes/linked.liquid')), undefined);
    assert.equal(await files.realPath(join(root, '_config.yml')), join(root, '_config.yml'));
    assert.equal(
      new TextDecoder().decode(await files.readFile(join(root, '_config.yml'))),
      readFileSync(join(TEST_BLOG, '_config.yml'), 'utf8'),
    );
  });
});
