// V8's compiled code for a bundle, kept in a private folder: named by a digest of the bundle and Node's version, used
// when V8 accepts it, written once the bundle has run, and one per bundle and use.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { requireWithCodeCache } from '../../server/src/jobs/codeCache';
import { PrivateFolder } from '../../server/src/workspace/privateFolder';

const root = mkdtempSync(join(tmpdir(), 'paper-digest-code-cache-'));
const folder = PrivateFolder.open(join(root, 'code-cache'))!;
let copies = 0;

interface Bundle {
  answer(): number;
  folder: string;
  name: string;
}

/**
 * The bundle `render.js` answering `answer`, each time in a folder of its own: V8 keeps what an isolate compiled by the
 * script's name, and would not look at the cache for a name it compiled before.
 */
function bundle(answer: number): string {
  const copy = join(root, `copy-${++copies}`);
  mkdirSync(copy);
  const file = join(copy, 'render.js');
  writeFileSync(
    file,
    `module.exports = { answer: () => ${answer}, folder: __dirname, name: require('node:path').basename(__filename) };`,
  );
  return file;
}

describe('the code cache of a bundle', () => {
  after(() => rmSync(root, { recursive: true, force: true }));

  it('loads the bundle as require does, and compiles it with the code kept after its first load', () => {
    const file = bundle(42);
    const first = requireWithCodeCache<Bundle>(file, folder, 'render');
    assert.deepEqual(
      [first.exports.answer(), first.exports.folder, first.exports.name],
      [42, join(file, '..'), 'render.js'],
    );
    assert.equal(first.fromCache, false);
    first.save();
    const [kept] = folder.names('render-render-');
    assert.match(kept, /^render-render-[0-9a-f]{16}\.v8$/);
    const second = requireWithCodeCache<Bundle>(bundle(42), folder, 'render');
    assert.equal(second.fromCache, true);
    assert.equal(second.exports.answer(), 42);
  });

  it('keeps one cache per use, and replaces the cache of an older bundle', () => {
    requireWithCodeCache(bundle(7), folder, 'site').save();
    const render = requireWithCodeCache<Bundle>(bundle(7), folder, 'render');
    assert.equal(render.fromCache, false, 'a changed bundle has another name');
    assert.equal(render.exports.answer(), 7);
    render.save();
    assert.equal(folder.names('render-render-').length, 1);
    assert.equal(folder.names('render-site-').length, 1);
  });

  it('compiles the bundle anew when V8 refuses what is kept under its name', () => {
    requireWithCodeCache(bundle(9), folder, 'render').save();
    const [kept] = folder.names('render-render-');
    folder.write(kept, Buffer.from('not V8 code at all'));
    const loaded = requireWithCodeCache<Bundle>(bundle(9), folder, 'render');
    assert.equal(loaded.fromCache, false);
    assert.equal(loaded.exports.answer(), 9);
  });
});
