// npm run bench, auto-save section: typing into a post with its preview open, as VS Code for the Web and code-server
// do by default (`files.autoSave: afterDelay`), through the built language server and the preview's webview script in
// headless Chromium. Each keystroke's time from the change to the preview patched (the server's answer, then the
// page), in rounds that alternate typing with a save after every keystroke (what VS Code sends for an auto-save: the
// file written, willSave with its reason, didSave, the watcher's change; more saves than a real auto-save's delay
// allows) and typing without saves. The p95 with saves as a ratio to the p95 without, both measured in the same run.
// The site is the bundled test blog, or the one `PAPER_DIGEST_BLOG` names (copied, never touched).
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  DidSaveTextDocumentNotification,
  FileChangeType,
  TextDocumentSaveReason,
  WillSaveTextDocumentNotification,
} from 'vscode-languageserver-protocol/node';
import { isFailure, RENDER_METHOD, type Failure, type RenderParams, type RenderResult } from '../server/src/protocol';
import { generatePost } from '../test/generatedBlog';
import { REPO } from '../test/helpers';
import { LspClient } from '../test/lsp/lspClient';
import { RESOURCE_ORIGIN, WebviewPage } from '../test/preview-src/webviewPage';
import { median, percentile } from './bench';
import { typing } from './benchKeystrokes';
import { PreviewPanelStandIn } from './benchPreview';

const SITE = process.env.PAPER_DIGEST_BLOG ?? join(REPO, 'test/fixtures/blog');
const PAPERS = 10;
const ROUNDS = 6;
/** Keystrokes per round and way of typing; the first of each is not counted (it follows the other way's last). */
const PER_ROUND = 11;
/** The site's first preview may time out on a loaded machine (each try starts it cold again). */
const FIRST_PREVIEW_ATTEMPTS = 3;

export async function autoSaveBench(): Promise<void> {
  if (!existsSync(join(REPO, 'dist/server.js')) || !WebviewPage.available()) {
    console.log('\nauto-save: skipped (needs npm run build and /usr/bin/chromium)');
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'paper-digest-autosave-bench-'));
  cpSync(SITE, root, { recursive: true });
  const client = await LspClient.start({ rootPath: root });
  const page = await WebviewPage.open(root);
  const panel = new PreviewPanelStandIn(client, root, page);
  try {
    const file = join(root, '_posts', '2025-10-31-autosave-bench.md');
    const post = generatePost(PAPERS);
    writeFileSync(file, post);
    const uri = pathToFileURL(file).href;
    await client.open(uri, post);
    // The session's first preview (the site read, its Sass compiled) is not what is measured here.
    const failure = await firstPreview(client, root, uri);
    if (failure) return void console.log(`\nauto-save: skipped, the first preview failed: ${failure}`);
    await panel.firstPreview(uri, []);
    const keystrokes = typing(post, ROUNDS * 2 * PER_ROUND);
    const samples = { saved: [] as number[], unsaved: [] as number[] };
    let version = 2;
    for (let i = 0; i < keystrokes.length; i++) {
      const withSaves = Math.floor(i / PER_ROUND) % 2 === 1;
      const text = keystrokes[i];
      await client.change(uri, text, version++);
      const shown = await panel.render(uri, []);
      if (i % PER_ROUND) (withSaves ? samples.saved : samples.unsaved).push(shown.server + shown.webview);
      if (withSaves) await autoSave(client, uri, file, text);
    }
    const cell = (values: number[]) =>
      `${median(values).toFixed(0).padStart(5)} / ${percentile(values, 0.95).toFixed(0).padEnd(5)}`;
    console.log(
      `\nauto-save: a keystroke into a ${PAPERS}-paper post with its preview open, change to preview patched, ms (median / p95), ${SITE}`,
    );
    console.log(`  without saves                    ${cell(samples.unsaved)}`);
    console.log(`  auto-saved after every keystroke ${cell(samples.saved)}`);
    console.log(
      `  p95 ratio ${(percentile(samples.saved, 0.95) / percentile(samples.unsaved, 0.95)).toFixed(2)}x (goal: at most 1.2x)`,
    );
  } finally {
    await page.close();
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

/** The post's first preview, tried up to three times; why it failed the last time, if it did. */
async function firstPreview(client: LspClient, root: string, uri: string): Promise<string | undefined> {
  let failure: string | undefined;
  for (let attempt = 0; attempt < FIRST_PREVIEW_ATTEMPTS; attempt++) {
    const result = await client.connection.sendRequest<RenderResult | Failure>(RENDER_METHOD, {
      uri,
      trusted: true,
      remoteContent: true,
      resourceRoots: [{ path: root, webviewUri: `${RESOURCE_ORIGIN}${root}` }],
    } satisfies RenderParams);
    if (!isFailure(result)) return undefined;
    failure = result.error;
  }
  return failure;
}

/** What VS Code sends the server when it auto-saves an open post, in its order. */
async function autoSave(client: LspClient, uri: string, file: string, text: string): Promise<void> {
  const textDocument = { uri };
  await client.connection.sendNotification(WillSaveTextDocumentNotification.type, {
    textDocument,
    reason: TextDocumentSaveReason.AfterDelay,
  });
  writeFileSync(file, text);
  await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument });
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
    changes: [{ uri, type: FileChangeType.Changed }],
  });
}

if (require.main === module) void autoSaveBench();
