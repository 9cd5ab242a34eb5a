import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  FileChangeType,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { SEVERITIES } from '../../../server/src/protocol/diagnostics';
import { ENGLISH_ENV, REPO } from '../../helpers';
import { LspClient } from '../lspClient';

const BLOG = join(REPO, 'test/fixtures/blog');
const CLI = join(REPO, 'dist/cli.js');
const CAPABILITIES = {
  window: { workDoneProgress: true },
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: { publishDiagnostics: { relatedInformation: true } },
};

interface Finding {
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}

const asFindings = ({ diagnostics }: PublishDiagnosticsParams): Finding[] =>
  diagnostics.map((d) => ({
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    severity: SEVERITIES[d.severity! - 1],
    code: String(d.code),
    message: typeof d.message === 'string' ? d.message : d.message.value,
  }));

describe('the Problems panel for the whole blog, with no post open', () => {
  let blog: string;
  let client: LspClient;
  const settings: Record<string, unknown> = {};
  const uriOf = (post: string) => pathToFileURL(join(blog, '_posts', post)).href;
  const fileEvent = (post: string, type: FileChangeType) =>
    client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uriOf(post), type }],
    });

  before(() => {
    blog = mkdtempSync(join(tmpdir(), 'paper-digest-whole-blog-'));
    cpSync(BLOG, blog, { recursive: true });
  });

  after(async () => {
    await client?.stop();
    rmSync(blog, { recursive: true, force: true });
  });

  // How long it takes next to the CLI is measured by npm run bench (scripts/benchWholeBlog.ts).
  it('lists every post the CLI finds problems in, with the same findings', async () => {
    const cli = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '_posts'], {
      cwd: blog,
      encoding: 'utf8',
      env: ENGLISH_ENV,
    });
    const expected = (JSON.parse(cli.stdout) as { file: string; diagnostics: Finding[] }[]).filter(
      (report) => report.diagnostics.length,
    );
    assert.ok(expected.length >= 10, 'the test blog has posts with findings');
    client = await LspClient.start({ rootPath: blog, settings, capabilities: CAPABILITIES });
    const published = await Promise.all(
      expected.map((report) =>
        client.publishedDiagnostics(pathToFileURL(join(blog, report.file)).href, (p) => p.diagnostics.length > 0),
      ),
    );
    for (const [i, report] of expected.entries()) {
      const fromCli = report.diagnostics.map(({ line, column, severity, code, message }) => ({
        line,
        column,
        severity,
        code,
        message,
      }));
      assert.deepEqual(asFindings(published[i]), fromCli, report.file);
    }
  });

  it('follows the posts on disk: a change, a new post and a deletion', async () => {
    const post = '2025-11-27-daily-papers-20251127.md';
    const path = join(blog, '_posts', post);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/abs\/(\d{4}\.\d{5})/, 'abs/$1x'));
    const broken = client.waitForDiagnostics(uriOf(post), (p) => p.diagnostics.some((d) => d.code === 'arxiv-id'));
    await fileEvent(post, FileChangeType.Changed);
    await broken;
    const added = '2025-12-27-daily-papers-20251227.md';
    writeFileSync(join(blog, '_posts', added), readFileSync(path, 'utf8').replace(/2025-11-27/g, '2025-12-27'));
    const listed = client.waitForDiagnostics(uriOf(added), (p) =>
      p.diagnostics.some((d) => d.code === 'already-digested'),
    );
    await fileEvent(added, FileChangeType.Created);
    await listed;
    unlinkSync(join(blog, '_posts', added));
    const cleared = client.waitForDiagnostics(uriOf(added), (p) => p.diagnostics.length === 0);
    await fileEvent(added, FileChangeType.Deleted);
    await cleared;
  });

  it('hands a post to the editor while it is open, and lists it from disk again once closed', async () => {
    const post = '2025-08-29-daily-papers-20250829.md';
    const text = readFileSync(join(blog, '_posts', post), 'utf8');
    const edited = text.replace(/^title: .*$/m, 'title: Daily Papers — 2025-08-29');
    const fromEditor = client.waitForDiagnostics(
      uriOf(post),
      (p) => p.version === 1 && !p.diagnostics.some((d) => d.code === 'frontmatter-title'),
    );
    await client.open(uriOf(post), text);
    await client.change(uriOf(post), edited, 1);
    await fromEditor;
    const fromDisk = client.waitForDiagnostics(uriOf(post), (p) =>
      p.diagnostics.some((d) => d.code === 'frontmatter-title'),
    );
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, {
      textDocument: { uri: uriOf(post) },
    });
    await fromDisk;
  });

  it('keeps to open files with paperDigest.diagnostics.scope: openFiles', async () => {
    const post = '2025-09-11-daily-papers-20250911.md';
    const cleared = client.waitForDiagnostics(uriOf(post), (p) => p.diagnostics.length === 0);
    settings.diagnostics = { scope: 'openFiles' };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await cleared;
  });
});
