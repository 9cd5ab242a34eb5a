// The posts that are not open, through the built server with the client's storage: each read once for the index and
// the Problems panel, its findings kept for the next session by its bytes, the settings and its site; the rules across
// posts worked out again each session. A kept finding is proven used by planting another in the kept file: a post
// checked again would show its real one.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { generatePost, writeBlog, type GeneratedBlog } from '../generatedBlog';
import { LspClient } from './lspClient';

const CACHE_FILE = 'index-cache.json';
const CAPABILITIES = { workspace: { configuration: true } };
const PLANTED = 'planted in the kept findings';

interface KeptEntry {
  findings?: { diagnostics: { message: string; ruleId: string; severity: string }[] };
}

describe('closed posts kept between sessions', () => {
  let root: string;
  let storage: string;
  let blog: GeneratedBlog;
  const settings: Record<string, unknown> = {};
  const uri = (post: number) => pathToFileURL(blog.files[post]).href;
  const messages = (params: PublishDiagnosticsParams) => params.diagnostics.map((d) => d.message);
  const withPermalink = (post: number, permalink: string) => {
    const text = readFileSync(blog.files[post], 'utf8').replace(/^permalink: .*\n/m, '');
    writeFileSync(blog.files[post], text.replace(/^---\n/, `---\npermalink: ${permalink}\n`));
  };

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'paper-digest-closed-posts-'));
    storage = mkdtempSync(join(tmpdir(), 'paper-digest-closed-posts-storage-'));
    blog = writeBlog(root, 8, 2);
    writeFileSync(join(root, '_config.yml'), 'title: A blog\n');
    withPermalink(6, '/first/');
    withPermalink(7, '/second/');
    // Post 8 is dated after now: Jekyll skips it until then, a finding that time takes away.
    const future = join(root, '_posts', '2099-01-01-daily-papers-20990101.md');
    writeFileSync(future, generatePost(2, { date: '2099-01-01', idOf: (paper) => `2901.0000${paper + 1}` }));
    blog.files.push(future);
  });

  after(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  });

  /** A session until every post is listed (each has findings): its client, the requests for settings, each listing. */
  async function session() {
    const client = await LspClient.start({
      rootPath: root,
      capabilities: CAPABILITIES,
      initializationOptions: { storageUri: URI.file(storage).toString() },
    });
    const scopes: (string | undefined)[] = [];
    client.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string }[] }) =>
      params.items.map((item) => (scopes.push(item.scopeUri), settings)),
    );
    const listed = await Promise.all(
      blog.files.map((_, post) => client.publishedDiagnostics(uri(post), (p) => p.diagnostics.length > 0)),
    );
    return { client, scopes, listed };
  }

  /** The kept file, once the session saved it with every post's entry `ready`; `change` edits its entries. */
  async function keptFile(
    ready: (entry: KeptEntry) => boolean,
    change: (entries: Record<string, KeptEntry>) => void,
  ): Promise<void> {
    const path = join(storage, CACHE_FILE);
    const kept = () => {
      const files = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { files: object }).files : {};
      return blog.files.every((_, post) => {
        const entry = (files as Record<string, KeptEntry>)[uri(post)];
        return entry && ready(entry);
      });
    };
    // Saved once the index is built: waited for as long as that takes (the bound only ends a run that never saves).
    for (let waited = 0; !kept() && waited < 60_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(kept(), `${path} holds what the session kept`);
    const cache = JSON.parse(readFileSync(path, 'utf8')) as { files: Record<string, KeptEntry> };
    change(cache.files);
    writeFileSync(path, JSON.stringify(cache));
  }

  const plant = (entries: Record<string, KeptEntry>, post: number) => {
    entries[uri(post)].findings!.diagnostics[0].message = PLANTED;
  };

  it('asks the settings once for the folder, lists every post, and keeps their findings for the next session', async () => {
    const { client, scopes, listed } = await session();
    try {
      assert.deepEqual(scopes, [pathToFileURL(root).href], 'one request for the one folder, whatever its posts');
      for (const params of listed) assert.ok(messages(params).length > 0);
      assert.ok(!listed.some((params) => params.diagnostics.some((d) => d.code === 'permalink-conflict')));
      await keptFile(
        (entry) => !!entry.findings,
        (entries) => [0, 1, 2, 6, 8].forEach((post) => plant(entries, post)),
      );
    } finally {
      await client.stop();
    }
  });

  it('lists the kept findings of unchanged posts in a second session, and checks a changed post again', async () => {
    // Post 1 only touched: its bytes are the kept ones. Post 2 changed. Post 7 takes post 6's URL.
    const touched = new Date(Date.now() + 60_000);
    utimesSync(blog.files[1], touched, touched);
    writeFileSync(blog.files[2], readFileSync(blog.files[2], 'utf8').replace('## Method', '## Methods'));
    withPermalink(7, '/first/');
    const { client, scopes, listed } = await session();
    try {
      assert.equal(scopes.length, 1);
      assert.ok(messages(listed[0]).includes(PLANTED), 'unchanged: its kept findings, not checked again');
      assert.ok(messages(listed[1]).includes(PLANTED), 'touched, the same bytes: its kept findings');
      assert.ok(!messages(listed[2]).includes(PLANTED), 'changed: checked again');
      assert.ok(messages(listed[3]).length > 0 && !messages(listed[3]).includes(PLANTED));
      assert.ok(!messages(listed[8]).includes(PLANTED), 'dated after now: checked again each session');
      assert.ok(listed[8].diagnostics.some((d) => d.code === 'post-future'));
      // Post 6 is unchanged (its own findings kept), yet another post now takes its URL: the rule across posts runs again.
      assert.ok(messages(listed[6]).includes(PLANTED));
      for (const post of [6, 7])
        assert.ok(
          listed[post].diagnostics.some((d) => d.code === 'permalink-conflict'),
          `post ${post} shares its URL with post ${13 - post}`,
        );

      // A change of settings checks the posts again, with the new settings.
      const rechecked = client.waitForDiagnostics(uri(0), (p) => !messages(p).includes(PLANTED));
      settings.rules = { 'title-spacing': 'warning' };
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      const params = await rechecked;
      assert.ok(params.diagnostics.some((d) => d.code === 'title-spacing' && d.severity === 2));
      assert.equal(scopes.length, 2, 'asked again once for the folder');
      // What was checked again with the new settings is kept in turn.
      await keptFile(
        (entry) => !!entry.findings?.diagnostics.some((d) => d.ruleId === 'title-spacing' && d.severity === 'warning'),
        () => undefined,
      );
    } finally {
      await client.stop();
    }
  });

  it('keeps what a change of settings checked again, for the next session with those settings', async () => {
    await keptFile(
      () => true,
      (entries) => plant(entries, 0),
    );
    const { client, listed } = await session();
    try {
      assert.ok(messages(listed[0]).includes(PLANTED));
    } finally {
      await client.stop();
    }
  });
});
