// V8's compiled code for a bundle, kept between runs in a private folder (what Node 22's module.enableCompileCache
// does, on Node 20 too, and for worker threads): a check of one post spends more CPU compiling the parser and the rules
// than running them, and a preview worker's start and first render as much compiling the renderer as running it. The
// cache is made once the bundle has done its work, so it holds the functions that work compiled, not only the bundle's
// top level. V8 checks a cache against its version and flags and the source's length, not the source's text: the name
// carries a digest of the source and of Node's version, and the folder is one no one else may write
// (workspace/privateFolder.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';
import { Script } from 'node:vm';
import type { PrivateFolder } from '../workspace/privateFolder';

/** Far more than the caches hold after their work (the parser's 0.7 MB after a check, the renderer's 3 MB). */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
/** Hex digits of the digest in a cache's name. */
const DIGEST_LENGTH = 16;

export interface CodeCached<T> {
  exports: T;
  /** The compiled code came from the cache (false: none yet, or V8 refused it). */
  fromCache: boolean;
  /** Keeps the code compiled so far, in place of the bundle's older caches for the same use; never throws. */
  save(): void;
}

/**
 * Loads the CommonJS bundle `file` as `require` would, compiled with the code kept in `folder` when there is some; for
 * `use` when given (what a worker does with the bundle: the functions it compiles differ). Without a folder (none that
 * is safe to use), as `require` would and no more.
 */
export function requireWithCodeCache<T>(file: string, folder: PrivateFolder | undefined, use?: string): CodeCached<T> {
  const source = readFileSync(file, 'utf8');
  const prefix = `${basename(file, '.js')}-${use ? `${use}-` : ''}`;
  const digest = createHash('sha256').update(`${process.version} ${process.arch}\n`).update(source).digest('hex');
  const name = `${prefix}${digest.slice(0, DIGEST_LENGTH)}.v8`;
  const cachedData = folder?.read(name, MAX_CACHE_BYTES);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} as T };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, dirname(file));
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    fromCache,
    save() {
      if (!folder || fromCache) return;
      try {
        for (const old of folder.entries(prefix)) if (isCacheName(old.name, prefix)) folder.remove(old.name);
        folder.write(name, script.createCachedData());
      } catch {
        // No cache this time: the next run compiles the bundle again.
      }
    },
  };
}

/** A cache of the bundle for the same use (another use's name starts with the same prefix and a use). */
function isCacheName(name: string, prefix: string): boolean {
  return new RegExp(`^[0-9a-f]{${DIGEST_LENGTH}}\\.v8$`).test(name.slice(prefix.length));
}
