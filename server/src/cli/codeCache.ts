// A bundle the CLI loads in its own thread, with V8's compiled code for it kept between runs (what Node 22's
// module.enableCompileCache does, on Node 20 too): a check of one post spends more CPU compiling the parser and the
// rules than running them. The cache is saved after the run, so it holds the functions the run compiled, not only the
// bundle's top level. V8 checks a cache against its own version and flags and the source's length, not its text: the
// file name carries a digest of the source, and the cache lives in the user's private cache folder (cacheFolder.ts),
// where no one else can put another script's code under that name.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';
import { Script } from 'node:vm';
import { userCacheFolder, type CacheFolder } from './cacheFolder';

/** Far more than the parser's bundle compiles to (0.7 MB after a check). */
const MAX_CACHE_BYTES = 32 * 1024 * 1024;

export interface CachedModule<T> {
  exports: T;
  /** The compiled code came from the cache (false: none yet, or V8 refused it). */
  fromCache: boolean;
  /** Writes the code compiled so far to the cache when it did not come from there; never throws. */
  save(): void;
}

/**
 * Loads the CommonJS bundle `file` as `require` would, compiling it with the cached code when there is some; without
 * a cache folder (none that is safe to use), as `require` would and no more.
 */
export function requireWithCodeCache<T>(file: string, folder = userCacheFolder()): CachedModule<T> {
  const source = readFileSync(file, 'utf8');
  const name = basename(file, '.js');
  const digest = createHash('sha256')
    .update(`${process.version} ${process.arch}\n`)
    .update(source)
    .digest('hex')
    .slice(0, 16);
  const cacheName = `${name}-${digest}.v8`;
  const cachedData = folder?.read(cacheName, MAX_CACHE_BYTES);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
  );
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    fromCache,
    save() {
      if (folder && !fromCache) writeCache(folder, cacheName, name, script.createCachedData());
    },
  };
}

/** Replaces the bundle's older caches (other versions of it) with this one. */
function writeCache(folder: CacheFolder, cacheName: string, name: string, data: Buffer): void {
  for (const old of folder.entries(`${name}-`)) if (old.name.endsWith('.v8')) folder.remove(old.name);
  folder.write(cacheName, data);
}
