// `check --fix` writes a post back as a compare-and-swap that keeps the file what it is: only over the text it read,
// in place (its owner, mode and hard links stay), after a copy of it was set aside and read back.
import assert from 'node:assert/strict';
import {
  chmodSync,
  chownSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { rewriteIfUnchanged } from '../../server/src/workspace/rewriteFile';

const READ = '# 7. 논문\n';
const FIXED = '# 2. 논문\n';

/** A folder holding post.md with READ, and the bytes that were read of it. */
function posted(): { folder: string; file: string; read: Buffer } {
  const folder = mkdtempSync(join(tmpdir(), 'paper-digest-rewrite-'));
  const file = join(folder, 'post.md');
  writeFileSync(file, READ);
  return { folder, file, read: readFileSync(file) };
}

describe('rewriting a fixed post', () => {
  it('writes over the text it read, leaving no copy behind', () => {
    const { folder, file, read } = posted();
    assert.equal(rewriteIfUnchanged(file, read, FIXED), 'written');
    assert.equal(readFileSync(file, 'utf8'), FIXED);
    assert.deepEqual(readdirSync(folder), ['post.md']);
  });

  it('leaves a file saved since it was read as the author saved it', () => {
    const { folder, file, read } = posted();
    writeFileSync(file, '# 7. 저자가 고친 논문\n');
    assert.equal(rewriteIfUnchanged(file, read, FIXED), 'changed');
    assert.equal(readFileSync(file, 'utf8'), '# 7. 저자가 고친 논문\n');
    writeFileSync(file, READ.replace('7', '8'));
    assert.equal(rewriteIfUnchanged(file, read, FIXED), 'changed', 'the same length, other bytes');
    assert.deepEqual(readdirSync(folder), ['post.md']);
  });

  it('keeps the file itself: its inode, its mode, its hard links and its link', () => {
    const { folder, file, read } = posted();
    chmodSync(file, 0o640);
    const other = join(folder, 'other-name.md');
    linkSync(file, other);
    const link = join(folder, 'link.md');
    symlinkSync(file, link);
    const before = statSync(file);
    assert.equal(rewriteIfUnchanged(link, read, FIXED), 'written');
    const after = statSync(file);
    assert.deepEqual([after.ino, after.mode, after.nlink], [before.ino, before.mode, 2]);
    assert.equal(readFileSync(other, 'utf8'), FIXED, 'the other name of the file reads the fix');
  });

  it("keeps another user's file theirs: nobody's stays nobody's when root fixes it", () => {
    const { file, read } = posted();
    // Only root may give a file away; another user checks that a file of their own stays theirs.
    const owner = process.getuid?.() === 0 ? 65534 : statSync(file).uid;
    chownSync(file, owner, owner === 65534 ? 65534 : statSync(file).gid);
    chmodSync(file, 0o660);
    const before = statSync(file);
    assert.equal(rewriteIfUnchanged(file, read, FIXED), 'written');
    const after = statSync(file);
    assert.deepEqual([after.uid, after.gid, after.mode & 0o777], [before.uid, before.gid, 0o660]);
  });

  it('refuses a read-only file, even to root, and says why', () => {
    const { folder, file, read } = posted();
    chmodSync(file, 0o444);
    assert.throws(() => rewriteIfUnchanged(file, read, FIXED), { code: 'EACCES' });
    assert.equal(readFileSync(file, 'utf8'), READ);
    assert.deepEqual(readdirSync(folder), ['post.md']);
  });
});
