// V8's compiled code for a bundle kept in a private folder (server/src/jobs/codeCache.ts): the CLI's bundles in its cache
// folder, the preview workers' renderer in the extension's global storage.
import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { requireWithCodeCache } from '../../server/src/jobs/codeCache';
import { PrivateFolder } from '../../server/src/workspace/privateFolder';

type Bundle = { answer(): string };

function bundle(answer: string, folder = mkdtempSync(join(tmpdir(), 'paper-digest-bundle-'))): string {
  const file = join(folder, 'fileJobsInThread.js');
  writeFileSync(
    file,
    `const { basename } = require('node:path');\nmodule.exports = { answer: () => basename(__filename) + ' ${answer}' };\n`,
  );
  return file;
}

function privateFolder(): PrivateFolder {
  return PrivateFolder.open(join(mkdtempSync(join(tmpdir(), 'paper-digest-cache-')), 'paper-digest'))!;
}

/**
 * The cache of `other` (a script of the same length) under the name of `file`'s, in `folder`. The name is found with a
 * copy of `file` elsewhere: V8 would serve `file` itself from its in-memory compilation cache once compiled here.
 */
function plantCache(file: string, other: string, folder: string): void {
  const own = privateFolder();
  const copy = join(mkdtempSync(join(tmpdir(), 'paper-digest-bundle-')), 'fileJobsInThread.js');
  copyFileSync(file, copy);
  requireWithCodeCache<Bundle>(copy, own).save();
  const [name] = readdirSync(own.path);
  const planted = privateFolder();
  requireWithCodeCache<Bundle>(other, planted).exports.answer();
  const loaded = requireWithCodeCache<Bundle>(other, planted);
  loaded.save();
  copyFileSync(join(planted.path, readdirSync(planted.path)[0]), join(folder, name));
}

describe('requireWithCodeCache', () => {
  it('loads a bundle as require does, and from its saved compiled code the next time', () => {
    const file = bundle('논문');
    const cache = privateFolder();
    const first = requireWithCodeCache<Bundle>(file, cache);
    assert.equal(first.exports.answer(), 'fileJobsInThread.js 논문');
    assert.equal(first.fromCache, false);
    first.save();
    assert.equal(readdirSync(cache.path).filter((name) => /^fileJobsInThread-\w+\.v8$/.test(name)).length, 1);
    const second = requireWithCodeCache<Bundle>(file, cache);
    assert.equal(second.fromCache, true);
    assert.equal(second.exports.answer(), 'fileJobsInThread.js 논문');
  });

  it("never runs another text's code: a changed bundle of the same length compiles anew and replaces the old cache", () => {
    const cache = privateFolder();
    requireWithCodeCache<Bundle>(bundle('가'), cache).save();
    const changed = requireWithCodeCache<Bundle>(bundle('나'), cache);
    assert.equal(changed.fromCache, false);
    assert.equal(changed.exports.answer(), 'fileJobsInThread.js 나');
    changed.save();
    assert.equal(readdirSync(cache.path).length, 1, 'the older cache is gone');
  });

  it("runs a planted cache of another script of the same length (V8 checks only the length): the folder's owner is the guard", () => {
    const folder = privateFolder();
    const file = bundle('AA');
    plantCache(file, bundle('BB'), folder.path);
    const loaded = requireWithCodeCache<Bundle>(file, folder);
    assert.equal(loaded.fromCache, true);
    assert.equal(loaded.exports.answer(), 'fileJobsInThread.js BB');
  });

  it('never reads a cache from a folder others may write or another user owns', () => {
    const shared = join(mkdtempSync(join(tmpdir(), 'paper-digest-cache-')), 'paper-digest');
    mkdirSync(shared);
    const file = bundle('AA');
    plantCache(file, bundle('BB'), shared);
    chmodSync(shared, 0o777);
    const loaded = requireWithCodeCache<Bundle>(file, PrivateFolder.open(shared));
    assert.equal(loaded.fromCache, false);
    assert.equal(loaded.exports.answer(), 'fileJobsInThread.js AA');
    chmodSync(shared, 0o700);
    assert.equal(PrivateFolder.open(shared, process.getuid!() + 1), undefined);
  });

  it('keeps one cache per use, each replacing only its own older ones', () => {
    const cache = privateFolder();
    requireWithCodeCache<Bundle>(bundle('가'), cache, 'site').save();
    requireWithCodeCache<Bundle>(bundle('가'), cache, 'render').save();
    requireWithCodeCache<Bundle>(bundle('나'), cache, 'render').save();
    const names = readdirSync(cache.path).sort();
    assert.equal(names.length, 2);
    assert.match(names[0], /^fileJobsInThread-render-[0-9a-f]{16}\.v8$/);
    assert.match(names[1], /^fileJobsInThread-site-[0-9a-f]{16}\.v8$/);
  });

  it('compiles the bundle anew when V8 refuses what is kept under its name', () => {
    const cache = privateFolder();
    const file = bundle('라');
    requireWithCodeCache<Bundle>(file, cache).save();
    cache.write(readdirSync(cache.path)[0], 'not V8 code at all');
    const loaded = requireWithCodeCache<Bundle>(bundle('라'), cache);
    assert.equal(loaded.fromCache, false);
    assert.equal(loaded.exports.answer(), 'fileJobsInThread.js 라');
  });

  it('runs without a cache where there is no cache folder', () => {
    const loaded = requireWithCodeCache<Bundle>(bundle('다'), undefined);
    assert.doesNotThrow(() => loaded.save());
    assert.equal(loaded.exports.answer(), 'fileJobsInThread.js 다');
  });
});
