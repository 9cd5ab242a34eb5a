// In the web worker the renderer is dist/render.js, the bundle the desktop's server loads too (one copy of sass in the
// package). It asks for two Node modules, given here as the browser has them: POSIX paths (the workspace's paths are
// vscode-uri `fsPath`s, `/`-separated there) and the two digests of ../../render/digests.ts.
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex, concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import * as path from 'path-browserify';

const HASHES = { sha1, md5 };

const crypto = {
  createHash(algorithm: keyof typeof HASHES) {
    const parts: Uint8Array[] = [];
    const hash = {
      update(data: string | Uint8Array) {
        parts.push(typeof data === 'string' ? utf8ToBytes(data) : data);
        return hash;
      },
      digest: (_encoding: 'hex') => bytesToHex(HASHES[algorithm](concatBytes(...parts))),
    };
    return hash;
  },
};

export const RENDERER_MODULES: Record<string, unknown> = { 'node:path': path, 'node:crypto': crypto };
