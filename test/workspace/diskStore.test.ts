// The extension's storage on the disk, where the preview keeps its compiled site styles between sessions: text read
// back only from a regular file of a bounded size, replaced whole.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { diskStore } from '../../server/src/workspace/diskStore';

describe('the storage folder on the disk', () => {
  const folder = mkdtempSync(join(tmpdir(), 'paper-digest-store-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const store = diskStore(join(folder, 'sites'), 16);

  it('reads back what it wrote, the folder made on the first write, nothing left beside it', async () => {
    assert.equal(await store.read('styles-blog.json'), undefined);
    await store.write('styles-blog.json', '{"css":"a"}');
    await store.write('styles-blog.json', '{"css":"ab"}');
    assert.equal(await store.read('styles-blog.json'), '{"css":"ab"}');
    assert.deepEqual(readdirSync(join(folder, 'sites')), ['styles-blog.json']);
  });

  it('reads nothing from a file over its bound, or from what is no regular file', async () => {
    writeFileSync(join(folder, 'sites', 'big.json'), 'x'.repeat(17));
    mkdirSync(join(folder, 'sites', 'folder.json'));
    assert.equal(await store.read('big.json'), undefined);
    assert.equal(await store.read('folder.json'), undefined);
  });

  it('keeps a name to the folder: one naming another place is written inside it', async () => {
    await store.write('../escaped.json', 'x');
    assert.deepEqual(readdirSync(folder), ['sites']);
    assert.equal(await store.read('../escaped.json'), 'x');
  });
});
