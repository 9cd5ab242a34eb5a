// @ts-check
// A throwaway workspace for the editor suites: a writable copy of the example blog (the shared
// blog/, read-only), optionally with the example post added as _posts/2025-10-31-daily-papers.md
// (what scripts/test-vscode-host.sh gives the vscode-API suite).
import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..');
export const SHARED = process.env.PAPER_DIGEST_SHARED || join(repo, '../shared');

/**
 * Copies the example blog into a new temporary folder named `blog` (the name the editor shows).
 * @returns {{ folder: string, remove(): void }}
 */
export function copyBlogWorkspace({ withExamplePost = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'paper-digest-ws-'));
  const folder = join(root, 'blog');
  cpSync(join(SHARED, 'blog'), folder, { recursive: true });
  if (withExamplePost) cpSync(join(SHARED, 'corpus/2025-10-31-daily-papers.md'), join(folder, '_posts/2025-10-31-daily-papers.md'));
  makeWritable(folder);
  return { folder, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** @param {string} path */
function makeWritable(path) {
  const { mode } = statSync(path);
  chmodSync(path, mode | 0o200);
  if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) makeWritable(join(path, entry));
}
