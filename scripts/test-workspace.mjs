// @ts-check
// A throwaway workspace for the editor suites: a writable copy of the test blog (test/fixtures/blog).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEST_BLOG = join(import.meta.dirname, '../test/fixtures/blog');

/**
 * Copies the test blog into a new temporary folder named `blog` (the name the editor shows).
 * @returns {{ folder: string, remove(): void }}
 */
export function copyBlogWorkspace() {
  const root = mkdtempSync(join(tmpdir(), 'paper-digest-ws-'));
  const folder = join(root, 'blog');
  cpSync(TEST_BLOG, folder, { recursive: true });
  return { folder, remove: () => rmSync(root, { recursive: true, force: true }) };
}
