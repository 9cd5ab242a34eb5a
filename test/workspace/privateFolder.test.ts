// A folder only the current user can change (server/src/workspace/privateFolder.ts): the CLI's cache folder and the
// extension's code cache.
import assert from 'node:assert/strict';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PrivateFolder } from '../../server/src/workspace/privateFolder';

const me = process.getuid!();

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'paper-digest-cache-folder-'));
}

describe('a private folder', () => {
  it('creates the folder and the missing ones above it, readable and writable by the user alone', () => {
    const path = join(scratch(), 'xdg', 'cache', 'paper-digest');
    const folder = PrivateFolder.open(path);
    assert.ok(folder);
    for (const created of [path, join(path, '..'), join(path, '../..')])
      assert.equal(lstatSync(created).mode & 0o777, 0o700, created);
    assert.ok(folder.write('entry', '논문'));
    assert.equal(folder.read('entry', 100)?.toString(), '논문');
    assert.equal(lstatSync(join(path, 'entry')).mode & 0o777, 0o600);
  });

  it('is refused when another user owns it', () => {
    const path = join(scratch(), 'paper-digest');
    mkdirSync(path, { mode: 0o700 });
    assert.equal(PrivateFolder.open(path, me + 1), undefined);
    assert.ok(PrivateFolder.open(path, me));
  });

  it('is refused when others may write it', () => {
    const path = join(scratch(), 'paper-digest');
    mkdirSync(path);
    chmodSync(path, 0o777);
    assert.equal(PrivateFolder.open(path), undefined);
    chmodSync(path, 0o775);
    assert.equal(PrivateFolder.open(path), undefined, 'group-writable');
  });

  it('is refused below a folder others may write (they could swap it), unless that folder is sticky like /tmp', () => {
    const shared = scratch();
    const path = join(shared, 'paper-digest');
    mkdirSync(path, { mode: 0o700 });
    chmodSync(shared, 0o777);
    assert.equal(PrivateFolder.open(path), undefined);
    chmodSync(shared, 0o1777);
    assert.ok(PrivateFolder.open(path));
  });

  it('is refused when it is a link, even to a private folder of the user', () => {
    const root = scratch();
    mkdirSync(join(root, 'elsewhere'), { mode: 0o700 });
    symlinkSync(join(root, 'elsewhere'), join(root, 'paper-digest'));
    assert.equal(PrivateFolder.open(join(root, 'paper-digest')), undefined);
  });

  it('costs only the cache where the folder cannot be created (under /proc, where a recursive mkdir spins)', () => {
    assert.equal(PrivateFolder.open('/proc/none/paper-digest'), undefined);
    const file = join(scratch(), 'file');
    writeFileSync(file, '');
    assert.equal(PrivateFolder.open(join(file, 'paper-digest')), undefined);
  });

  it('reads no link, device or oversized file at a name, without following or reading it', () => {
    const root = scratch();
    const folder = PrivateFolder.open(join(root, 'paper-digest'))!;
    writeFileSync(join(root, 'secret'), 'not the cache');
    symlinkSync(join(root, 'secret'), join(folder.path, 'linked'));
    symlinkSync('/dev/zero', join(folder.path, 'zero'));
    writeFileSync(join(folder.path, 'huge'), '');
    truncateSync(join(folder.path, 'huge'), 2 ** 30);
    mkdirSync(join(folder.path, 'folder'));
    for (const name of ['linked', 'zero', 'huge', 'folder', 'missing'])
      assert.equal(folder.read(name, 1024 * 1024), undefined, name);
  });

  it('writes through no link planted at a name it writes, nor at the names of its temporary files', () => {
    const root = scratch();
    const folder = PrivateFolder.open(join(root, 'paper-digest'))!;
    const victim = join(root, 'victim');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(folder.path, 'entry'));
    // The names an earlier version wrote its temporary files under.
    for (const pid of [process.pid, process.pid + 1]) symlinkSync(victim, join(folder.path, `entry.${pid}`));
    assert.ok(folder.write('entry', 'cached'));
    assert.equal(readFileSync(victim, 'utf8'), 'precious');
    assert.ok(lstatSync(join(folder.path, 'entry')).isFile());
    assert.equal(folder.read('entry', 100)?.toString(), 'cached');
    assert.deepEqual(
      readdirSync(folder.path).filter((name) => name.endsWith('.tmp')),
      [],
      'no temporary file left behind',
    );
  });

  it('lists its regular files by prefix and removes them', () => {
    const folder = PrivateFolder.open(join(scratch(), 'paper-digest'))!;
    folder.write('a-1', '1');
    folder.write('a-2', '2');
    folder.write('b-1', '3');
    symlinkSync('/dev/zero', join(folder.path, 'a-3'));
    assert.deepEqual(
      folder
        .entries('a-')
        .map((entry) => entry.name)
        .sort(),
      ['a-1', 'a-2'],
    );
    folder.remove('a-1');
    assert.equal(existsSync(join(folder.path, 'a-1')), false);
    assert.throws(() => folder.read('../a-2', 10), /not a file name/);
    assert.throws(() => folder.write('..', '4'), /not a file name/);
  });
});
