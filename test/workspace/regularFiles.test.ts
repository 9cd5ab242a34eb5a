// Every file read from a repository goes through one bounded reader: a device (named like a post, or a link to one)
// is refused without being opened, a file over the cap is refused however it reports its size, and what is read is
// what the file holds. (A FIFO needs mkfifo, a process: test/cli/hostileRepository.slow.test.ts.)
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import {
  readBoundedFile,
  readBoundedFileSync,
  UnreadableFile,
  type ReadFailure,
} from '../../server/src/workspace/regularFiles';

const folder = mkdtempSync(join(tmpdir(), 'paper-digest-regular-'));
const post = join(folder, 'post.md');
writeFileSync(post, '# 1. 논문\n');
const zero = join(folder, 'settings.json');
symlinkSync('/dev/zero', zero);
mkdirSync(join(folder, 'folder.md'));

/** How each reader fails on `path` (both must fail the same way). */
async function failures(path: string, maxBytes?: number): Promise<ReadFailure[]> {
  const failure = (error: unknown) => {
    assert.ok(error instanceof UnreadableFile, String(error));
    return error.failure;
  };
  let sync: ReadFailure | undefined;
  try {
    readBoundedFileSync(path, maxBytes);
  } catch (error) {
    sync = failure(error);
  }
  const asynchronous = await readBoundedFile(path, maxBytes).then(() => undefined, failure);
  return [sync!, asynchronous!];
}

describe('the bounded reader of repository files', () => {
  it('reads a regular file whole, and through a link', async () => {
    const link = join(folder, 'link.md');
    symlinkSync(post, link);
    for (const path of [post, link]) {
      assert.equal(readBoundedFileSync(path).toString('utf8'), '# 1. 논문\n');
      assert.equal((await readBoundedFile(path)).toString('utf8'), '# 1. 논문\n');
    }
  });

  it('refuses a link to /dev/zero, a device that never ends', async () => {
    assert.deepEqual(await failures(zero), ['notRegular', 'notRegular']);
  });

  it('refuses a folder, and says when nothing is there', async () => {
    assert.deepEqual(await failures(join(folder, 'folder.md')), ['notRegular', 'notRegular']);
    assert.deepEqual(await failures(join(folder, 'nowhere.md')), ['missing', 'missing']);
  });

  it('refuses a file over the cap, also one whose size says 0 (as /proc says of its files)', async () => {
    assert.deepEqual(await failures(post, 4), ['tooLarge', 'tooLarge']);
    const proc = '/proc/self/status';
    assert.ok(readBoundedFileSync(proc).length > 100, 'read whole under the cap, though its size says 0');
    assert.deepEqual(await failures(proc, 100), ['tooLarge', 'tooLarge']);
  });

  it('is what the server reads the workspace with: such files are no files to it', async () => {
    assert.equal(await nodeFileSystem.readFile(zero), undefined);
    assert.equal(new TextDecoder().decode(await nodeFileSystem.readFile(post)), '# 1. 논문\n');
  });
});
