// Content digests for the renderer's cache keys and al-folio's cache-busting filters, with Node's hashes (in the web
// worker the renderer gets them from lsp/browser/rendererModules.ts: Web Crypto has no MD5 and no synchronous digest).
import { createHash } from 'node:crypto';

export function sha1Hex(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function md5Hex(parts: Uint8Array[]): string {
  const hash = createHash('md5');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}
