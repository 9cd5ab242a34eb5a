// V8's compiled code for a bundle a worker loads, kept between sessions in a private folder (what Node 22's
// module.enableCompileCache does, on Node 20 too, and for worker threads): a preview worker's start and its first render
// spend as much CPU compiling the renderer's functions as running them. The cache is made once the worker has done its
// first work, so it holds the functions that work compiled, not only the bundle's top level. V8 checks a cache against
// its version and flags and the source's length, not the source's text: the name carries a digest of the source and of
// Node's version, and the folder is one no one else may write (workspace/privateFolder.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';
import { Script } from 'node:vm';
import type { PrivateFolder } from '../workspace/privateFolder';

/** Far more than the renderer's cache holds after a render (3 MB). */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

export interface CodeCached<T> {
  exports: T;
  /** The compiled code came from the cache (false: none yet, or V8 refused it). */
  fromCache: boolean;
  /** Keeps the code compiled so far, in place of the bundle's older caches for the same use; never throws. */
  save(): void;
}

/**
 * Loads the CommonJS bundle `file` as `require` would, compiled with the code kept in `folder` for this `use` (what the
 * worker does with it: the functions it compiles differ) when there is some.
 */
export function requireWithCodeCache<T>(file: string, folder: PrivateFolder, use: string): CodeCached<T> {
  const source = readFileSync(file, 'utf8');
  const prefix = `${basename(file, '.js')}-${use}-`;
  const digest = createHash('sha256').update(`${process.version} ${process.arch}\n`).update(source).digest('hex');
  const name = `${prefix}${digest.slice(0, 16)}.v8`;
  const cachedData = folder.read(name, MAX_CACHE_BYTES);
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
      if (fromCache) return;
      try {
        for (const old of folder.names(prefix)) if (old.endsWith('.v8')) folder.remove(old);
        folder.write(name, script.createCachedData());
      } catch {
        // No cache this time: the next session compiles the bundle again.
      }
    },
  };
}
