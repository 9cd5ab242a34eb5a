// @ts-check
// A throwaway workspace for the editor suites: a writable copy of the example blog (the shared
// blog/, read-only), optionally with the example post added as _posts/2025-10-31-daily-papers.md
// (what scripts/test-vscode-host.sh gives the vscode-API suite).
import { chmodSync, cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..');
export const SHARED = process.env.PAPER_DIGEST_SHARED || join(repo, '../shared');

/** Copies the example blog into a new temporary folder and returns its path. */
export function copyBlogWorkspace({ withExamplePost = false } = {}) {
  const workspace = mkdtempSync(join(tmpdir(), 'paper-digest-ws-'));
  cpSync(join(SHARED, 'blog'), workspace, { recursive: true });
  if (withExamplePost) cpSync(join(SHARED, 'corpus/2025-10-31-daily-papers.md'), join(workspace, '_posts/2025-10-31-daily-papers.md'));
  makeWritable(workspace);
  return workspace;
}

/** @param {string} path */
function makeWritable(path) {
  const { mode } = statSync(path);
  chmodSync(path, mode | 0o200);
  if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) makeWritable(join(path, entry));
}
