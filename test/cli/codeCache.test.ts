import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { requireWithCodeCache } from '../../server/src/cli/codeCache';

type Bundle = { answer(): string };

function bundle(answer: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'paper-digest-bundle-'));
  const file = join(folder, 'postChecks.js');
  writeFileSync(
    file,
    `const { basename } = require('node:path');\nmodule.exports = { answer: () => basename(__filename) + ' ${answer}' };\n`,
  );
  return file;
}

describe('requireWithCodeCache', () => {
  it('loads a bundle as require does, and from its saved compiled code the next time', () => {
    const file = bundle('논문');
    const cache = mkdtempSync(join(tmpdir(), 'paper-digest-cache-'));
    const first = requireWithCodeCache<Bundle>(file, cache);
    assert.equal(first.exports.answer(), 'postChecks.js 논문');
    assert.equal(first.fromCache, false);
    first.save();
    assert.equal(readdirSync(cache).filter((name) => /^postChecks-\w+\.v8$/.test(name)).length, 1);
    const second = requireWithCodeCache<Bundle>(file, cache);
    assert.equal(second.fromCache, true);
    assert.equal(second.exports.answer(), 'postChecks.js 논문');
  });

  it("never runs another text's code: a changed bundle of the same length compiles anew and replaces the old cache", () => {
    const cache = mkdtempSync(join(tmpdir(), 'paper-digest-cache-'));
    requireWithCodeCache<Bundle>(bundle('가'), cache).save();
    const changed = requireWithCodeCache<Bundle>(bundle('나'), cache);
    assert.equal(changed.fromCache, false);
    assert.equal(changed.exports.answer(), 'postChecks.js 나');
    changed.save();
    assert.equal(readdirSync(cache).length, 1, 'the older cache is gone');
  });

  it('runs without a cache where none can be written', () => {
    const file = bundle('다');
    const loaded = requireWithCodeCache<Bundle>(file, join(file, 'cache'));
    assert.doesNotThrow(() => loaded.save());
    assert.equal(loaded.exports.answer(), 'postChecks.js 다');
  });
});
