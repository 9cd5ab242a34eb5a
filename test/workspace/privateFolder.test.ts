// The private folder the preview's workers keep V8's compiled code in: used only when no one but the user can change
// what is in it, and read only from the user's regular files of a bounded size, never through a link.
import assert from 'node:assert/strict';
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PrivateFolder } from '../../server/src/workspace/privateFolder';

const root = mkdtempSync(join(tmpdir(), 'paper-digest-private-'));
const me = process.getuid!();
/** Someone else: nobody's id, or root's when the tests run as another user. */
const someoneElse = me === 0 ? 65534 : 0;

describe('a private folder', () => {
  after(() => rmSync(root, { recursive: true, force: true }));

  it('is made 0700 with the folders missing above it, and reads back what it wrote', () => {
    const folder = PrivateFolder.open(join(root, 'made', 'code-cache'))!;
    assert.ok(folder);
    assert.equal(statSync(folder.path).mode & 0o777, 0o700);
    assert.equal(statSync(join(root, 'made')).mode & 0o777, 0o700);
    assert.equal(folder.read('a.v8', 100), undefined);
    assert.ok(folder.write('a.v8', Buffer.from('first')));
    assert.ok(folder.write('a.v8', Buffer.from('second')));
    assert.equal(folder.read('a.v8', 100)?.toString(), 'second');
    assert.equal(statSync(join(folder.path, 'a.v8')).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(folder.path), ['a.v8'], 'no temporary file is left');
    assert.deepEqual(folder.names('a'), ['a.v8']);
    folder.remove('a.v8');
    assert.deepEqual(folder.names(''), []);
  });

  it('is none when others may write it or a folder above it, or another user owns it', () => {
    const open = join(root, 'open');
    mkdirSync(open, { mode: 0o700 });
    chmodSync(open, 0o777);
    assert.equal(PrivateFolder.open(open), undefined);
    assert.equal(PrivateFolder.open(join(open, 'inside')), undefined, 'a folder others may rename');
    const sticky = join(root, 'sticky');
    mkdirSync(sticky);
    chmodSync(sticky, 0o1777);
    assert.ok(PrivateFolder.open(join(sticky, 'inside')), 'a sticky folder above (as /tmp) lets no one rename ours');
    const theirs = join(root, 'theirs');
    mkdirSync(theirs, { mode: 0o700 });
    assert.equal(PrivateFolder.open(theirs, someoneElse), undefined);
    assert.equal(PrivateFolder.open('relative/folder'), undefined);
    assert.equal(PrivateFolder.open('/proc/none/code-cache'), undefined, 'a folder that cannot be made');
  });

  it('reads nothing through a link (to a device, say), from a folder, over its bound, or of another user', () => {
    const folder = PrivateFolder.open(join(root, 'reads'))!;
    writeFileSync(join(root, 'outside.v8'), 'outside');
    symlinkSync(join(root, 'outside.v8'), join(folder.path, 'link.v8'));
    symlinkSync('/dev/zero', join(folder.path, 'zero.v8'));
    mkdirSync(join(folder.path, 'folder.v8'));
    writeFileSync(join(folder.path, 'big.v8'), 'x'.repeat(101));
    writeFileSync(join(folder.path, 'theirs.v8'), 'theirs');
    chownSync(join(folder.path, 'theirs.v8'), someoneElse, someoneElse);
    for (const name of ['link.v8', 'zero.v8', 'folder.v8', 'big.v8', 'theirs.v8'])
      assert.equal(folder.read(name, 100), undefined, name);
  });

  it('writes over a link at the name without following it, and only names inside the folder', () => {
    const folder = PrivateFolder.open(join(root, 'writes'))!;
    writeFileSync(join(root, 'target.v8'), 'target');
    symlinkSync(join(root, 'target.v8'), join(folder.path, 'planted.v8'));
    assert.ok(folder.write('planted.v8', Buffer.from('ours')));
    assert.equal(readFileSync(join(root, 'target.v8'), 'utf8'), 'target');
    assert.ok(lstatSync(join(folder.path, 'planted.v8')).isFile());
    assert.throws(() => folder.write('../escaped.v8', Buffer.from('x')), /not a file name/);
    assert.throws(() => folder.read('..', 10), /not a file name/);
  });
});
