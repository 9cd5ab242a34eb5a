// The CLI's cache folder as an attacker would leave it (issue 22, rows 1-3 and 14), through the built CLI: each run must
// end as a run without a cache would, and nothing planted in a folder others may write may run or be written through.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { PrivateFolder } from '../../server/src/workspace/privateFolder';
import { requireWithCodeCache } from '../../server/src/jobs/codeCache';
import { budgetOptimization } from '../../server/src/jobs/optimizationBudget';
import { ENGLISH_ENV, EXAMPLE, REPO } from '../helpers';

const CLI = join(REPO, 'dist/cli.js');
const POST_CHECKS = join(REPO, 'dist/fileJobsInThread.js');
/** A hang is the failure some of these cases had: the run is stopped here instead of the whole test file. */
const HANG_MS = 120_000;

function check(cacheHome: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [CLI, 'check', 'post.md'], {
    cwd: posts,
    encoding: 'utf8',
    env: { ...ENGLISH_ENV, XDG_CACHE_HOME: cacheHome, ...extraEnv },
    timeout: HANG_MS,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let posts: string;
/** What a run with a usable cache prints. */
let expected: string;
/** The name the CLI gives the parser bundle's compiled code. */
let cacheName: string;

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'paper-digest-cache-safety-'));
}

describe('the CLI cache folder, left by an attacker', () => {
  before(() => {
    posts = scratch();
    writeFileSync(join(posts, 'post.md'), EXAMPLE);
    const home = scratch();
    const first = check(home);
    assert.equal(first.code, 0, first.stderr);
    expected = first.stdout;
    [cacheName] = readdirSync(join(home, 'paper-digest'));
    assert.match(cacheName, /^fileJobsInThread-\w+\.v8$/);
  });

  it('a compiled-code cache of another script of the same length runs nowhere but in the user’s own folder', () => {
    const marker = join(scratch(), 'planted-code-ran');
    const planted = plantedCache(marker);
    const shared = join(scratch(), 'paper-digest');
    mkdirSync(shared);
    copyFileSync(planted, join(shared, cacheName));
    chmodSync(shared, 0o777);
    const refused = check(join(shared, '..'), { PLANTED: marker });
    assert.equal(refused.code, 0, refused.stderr);
    assert.equal(refused.stdout, expected);
    assert.equal(existsSync(marker), false, 'the planted code ran');
    // The same cache in a folder of the user's own is taken: V8 alone would not have refused it.
    chmodSync(shared, 0o700);
    check(join(shared, '..'), { PLANTED: marker });
    assert.equal(existsSync(marker), true, 'V8 refused the planted cache: this test proves nothing');
  });

  it('links at the cache’s name and at its old temporary names are not written through', () => {
    const home = scratch();
    const folder = join(home, 'paper-digest');
    mkdirSync(folder, { mode: 0o700 });
    const victim = join(home, 'victim');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(folder, cacheName));
    for (let pid = 1; pid < 200; pid++) symlinkSync(victim, join(folder, `${cacheName}.${pid}`));
    const run = check(home);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, expected);
    assert.equal(readFileSync(victim, 'utf8'), 'precious');
    assert.ok(lstatSync(join(folder, cacheName)).isFile(), 'the cache replaced the link');
  });

  it('a FIFO or /dev/zero at the cache’s name is neither waited on nor read', () => {
    for (const plant of [
      (path: string) => assert.equal(spawnSync('mkfifo', [path]).status, 0),
      (path: string) => symlinkSync('/dev/zero', path),
    ]) {
      const home = scratch();
      mkdirSync(join(home, 'paper-digest'), { mode: 0o700 });
      plant(join(home, 'paper-digest', cacheName));
      const run = check(home);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, expected);
    }
  });

  it('a cache folder that cannot be created (under /proc) costs only the cache', () => {
    const run = check('/proc/none');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, expected);
  });
});

/**
 * The compiled code of dist/fileJobsInThread.js changed at one comment line into code of the same length that creates the
 * file `$PLANTED`: what an attacker who may write the cache folder would leave there.
 */
function plantedCache(marker: string): string {
  const source = readFileSync(POST_CHECKS, 'utf8');
  const payload = 'require("fs").writeFileSync(process.env.PLANTED,"");';
  // A comment at the start of a line is at the bundle's top level (esbuild indents the code inside functions).
  const comment = [...source.matchAll(/^\/\/ .*$/gm)].find((line) => line[0].length >= payload.length);
  assert.ok(comment, 'no comment line long enough in dist/fileJobsInThread.js');
  const at = comment.index;
  const altered = source.slice(0, at) + payload.padEnd(comment[0].length) + source.slice(at + comment[0].length);
  assert.equal(altered.length, source.length);
  const bundle = join(scratch(), 'fileJobsInThread.js');
  writeFileSync(bundle, altered);
  const folder = PrivateFolder.open(join(scratch(), 'paper-digest'))!;
  // V8 takes a cache made under the same flags only: the attacker's are the CLI's.
  budgetOptimization();
  process.env.PLANTED = marker;
  requireWithCodeCache(bundle, folder).save();
  delete process.env.PLANTED;
  rmSync(marker);
  const [name] = readdirSync(folder.path);
  return join(folder.path, name);
}
