// A bundle the CLI loads in its own thread, with V8's compiled code for it kept between runs (what Node 22's
// module.enableCompileCache does, on Node 20 too): a check of one post spends more CPU compiling the parser and the
// rules than running them. The cache is saved after the run, so it holds the functions the run compiled, not only the
// bundle's top level. V8 checks a cache against its own version and flags but not against the source's text, so the
// file name carries a digest of the source.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

export interface CachedModule<T> {
  exports: T;
  /** The compiled code came from the cache (false: none yet, or V8 refused it). */
  fromCache: boolean;
  /** Writes the code compiled so far to the cache when it did not come from there; never throws. */
  save(): void;
}

/** `$XDG_CACHE_HOME/paper-digest`, else `~/.cache/paper-digest`. */
function cacheFolder(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'paper-digest');
}

/** Loads the CommonJS bundle `file` as `require` would, compiling it with the cached code when there is some. */
export function requireWithCodeCache<T>(file: string, folder = cacheFolder()): CachedModule<T> {
  const source = readFileSync(file, 'utf8');
  const name = basename(file, '.js');
  const digest = createHash('sha256')
    .update(`${process.version} ${process.arch}\n`)
    .update(source)
    .digest('hex')
    .slice(0, 16);
  const cachePath = join(folder, `${name}-${digest}.v8`);
  const cachedData = readIfAny(cachePath);
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
      if (!fromCache) writeCache(folder, cachePath, name, script.createCachedData());
    },
  };
}

function readIfAny(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Replaces the bundle's older caches (other versions of it) with this one; a folder that cannot be written is no error. */
function writeCache(folder: string, cachePath: string, name: string, data: Buffer): void {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    for (const old of readdirSync(folder))
      if (old.startsWith(`${name}-`) && old.endsWith('.v8')) rmSync(join(folder, old), { force: true });
    const written = `${cachePath}.${process.pid}`;
    writeFileSync(written, data, { mode: 0o600 });
    renameSync(written, cachePath);
  } catch {
    // No cache this time: the next run compiles the bundle again.
  }
}
