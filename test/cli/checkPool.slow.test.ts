// The CLI on worker threads (dist/cli.js with dist/jobWorker.js and dist/renderWorker.js): a pathological post costs
// the run no more than its deadline and is reported while the rest is checked, and as much when a run of a few files
// is checked in the CLI's own thread (dist/fileJobsInThread.js); `check --fix` never loses a byte (a file that is not UTF-8,
// a read-only file, links out of the folder); `render` of a post too large to render stops and says so, and its worker
// is the renderer built for Node, loaded the cheap way, its compiled code kept between runs.
import assert from 'node:assert/strict';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
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
import { writeBlog } from '../generatedBlog';
import { EXAMPLE, pathologicalPost } from '../helpers';
import { FIXABLE, runCli as run } from './cliRun';

/** A blog folder with `_posts/` holding the posts given, by file name. */
function blog(posts: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'paper-digest-cli-pool-'));
  mkdirSync(join(root, '_posts'));
  for (const [name, text] of Object.entries(posts)) writeFileSync(join(root, '_posts', name), text);
  return root;
}

describe('paper-digest check on worker threads', () => {
  it('reports a pathological post as too-complex within its deadline, checks the others, and exits 3', () => {
    const root = blog({ '2025-10-31-daily-papers.md': EXAMPLE, '2025-11-01-daily-papers.md': pathologicalPost() });
    const { code, stdout, stderr } = run(['check', '_posts'], root);
    assert.equal(code, 3);
    assert.deepEqual(
      stdout
        .trim()
        .split('\n')
        .map((line) => line.split(' ').slice(0, 3).join(' ')),
      [
        '_posts/2025-10-31-daily-papers.md:10:7 information title-spacing',
        '_posts/2025-10-31-daily-papers.md:31:7 information title-spacing',
        '_posts/2025-11-01-daily-papers.md:1:1 warning too-complex',
      ],
    );
    assert.match(stdout, /the part from line 20 looks like repeated markup/);
    assert.match(stderr, /_posts\/2025-11-01-daily-papers.md took too long to check/);
  });

  it('checks a run of up to 100 files in its own thread under the same deadline, and more on workers; a post with repeated markup as the editor checks it (on a worker), too-complex either way', () => {
    const root = mkdtempSync(join(tmpdir(), 'paper-digest-cli-pool-'));
    writeBlog(root, 100, 2);
    writeFileSync(join(root, '_posts', '2025-11-01-daily-papers.md'), pathologicalPost());
    writeFileSync(join(root, 'ci.json'), JSON.stringify({ 'paperDigest.limits.checkTimeoutMs': 500 }));
    // Node says when it starts a worker thread under NODE_DEBUG; the thread's own checks keep their compiled code.
    const cache = mkdtempSync(join(tmpdir(), 'paper-digest-cache-'));
    const env = { NODE_DEBUG: 'worker', XDG_CACHE_HOME: cache };
    const onWorkers = run(['check', '--config', 'ci.json', '_posts'], root, env);
    assert.match(onWorkers.stderr, /create new worker/, '101 files: on the workers');
    assert.deepEqual(readdirSync(cache), [], "and not in the CLI's thread");
    const normal = ['_posts/2023-01-01-daily-papers-20230101.md', '_posts/2023-01-02-daily-papers-20230102.md'];
    const few = run(['check', '--config', 'ci.json', ...normal], root, env);
    assert.doesNotMatch(few.stderr, /create new worker/, 'no worker for two files');
    assert.match(readdirSync(join(cache, 'paper-digest')).join(), /^fileJobsInThread-\w+\.v8$/);
    const pathological = run(
      ['check', '--config', 'ci.json', '_posts/2025-11-01-daily-papers.md', normal[0]],
      root,
      env,
    );
    assert.match(pathological.stderr, /create new worker/, 'the post with repeated markup is checked on a worker');
    assert.equal(pathological.code, 3);
    assert.match(
      pathological.stdout,
      /^_posts\/2025-11-01-daily-papers.md:1:1 warning too-complex .*the part from line 20 looks like repeated markup/m,
    );
    const lines = (stdout: string) =>
      stdout
        .split('\n')
        .filter((line) => /^_posts\/(2025-11-01|2023-01-01)/.test(line))
        .sort();
    assert.deepEqual(lines(pathological.stdout), lines(onWorkers.stdout));
    assert.match(pathological.stderr, /_posts\/2025-11-01-daily-papers.md took too long to check/);
  });

  it('counts the configured deadline: a post that takes seconds to check is too-complex under 500 ms', () => {
    // 20,000 lines take 1 to 1.5 s of CPU to check: twice 500 ms or more, well under the default 5 s.
    const root = blog({
      '2025-11-05-daily-papers.md': pathologicalPost('2025-11-05').replace(
        '> - '.repeat(10_000),
        '> - \n'.repeat(20_000),
      ),
    });
    writeFileSync(join(root, 'ci.json'), JSON.stringify({ 'paperDigest.limits.checkTimeoutMs': 500 }));
    const report = (args: string[]) => run(['check', ...args, '_posts/2025-11-05-daily-papers.md'], root).stdout;
    assert.match(report(['--config', 'ci.json']), /warning too-complex/);
    assert.doesNotMatch(report([]), /too-complex/);
  });

  it("keeps the compiled code of a single post's check for the next run, which reports the same", () => {
    const root = blog({ '2025-10-31-daily-papers.md': EXAMPLE, '2025-11-03-daily-papers.md': FIXABLE });
    const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'paper-digest-cache-')) };
    const first = run(['check', '_posts/2025-11-03-daily-papers.md'], root, env);
    const [cached] = readdirSync(join(env.XDG_CACHE_HOME, 'paper-digest'));
    const saved = statSync(join(env.XDG_CACHE_HOME, 'paper-digest', cached)).mtimeMs;
    const again = run(['check', '_posts/2025-11-03-daily-papers.md'], root, env);
    assert.equal(again.stdout, first.stdout);
    assert.match(first.stdout, /paper-numbering/);
    assert.equal(statSync(join(env.XDG_CACHE_HOME, 'paper-digest', cached)).mtimeMs, saved, 'used, not written again');
  });

  it('never rewrites a file that is not valid UTF-8: it says where, checks it as read, and exits 3', () => {
    const bytes = Buffer.concat([Buffer.from(FIXABLE), Buffer.from([0xff, 0xfe, 0x0a])]);
    const root = blog({ '2025-11-03-daily-papers.md': bytes });
    const { code, stdout, stderr } = run(['check', '--fix', '_posts'], root);
    assert.deepEqual(readFileSync(join(root, '_posts/2025-11-03-daily-papers.md')), bytes);
    assert.match(stdout, /paper-numbering/);
    assert.match(stderr, new RegExp(`is not valid UTF-8 \\(from line ${FIXABLE.split('\n').length}, column 1\\)`));
    assert.equal(code, 3);
  });

  it('reports a read-only file (even to root), prints its problems as they are, and fixes the others', () => {
    const root = blog({
      '2025-11-03-daily-papers.md': FIXABLE,
      '2025-11-04-daily-papers.md': FIXABLE.replace(/2025-11-03/g, '2025-11-04'),
    });
    chmodSync(join(root, '_posts/2025-11-03-daily-papers.md'), 0o444);
    const { code, stdout, stderr } = run(['check', '--fix', '_posts'], root);
    assert.equal(readFileSync(join(root, '_posts/2025-11-03-daily-papers.md'), 'utf8'), FIXABLE);
    assert.match(readFileSync(join(root, '_posts/2025-11-04-daily-papers.md'), 'utf8'), /\n# 2\. /);
    assert.match(stdout, /2025-11-03-daily-papers.md:\d+:\d+ warning paper-numbering/);
    assert.match(stderr, /2025-11-03-daily-papers.md could not be written \(EACCES\)/);
    assert.deepEqual(
      readdirSync(join(root, '_posts')).sort(),
      ['2025-11-03-daily-papers.md', '2025-11-04-daily-papers.md'],
      'no temporary file left',
    );
    assert.equal(code, 3);
  });

  it('checks symbolic links to posts in a folder, rewrites what they resolve to inside it, and not outside', () => {
    const outside = mkdtempSync(join(tmpdir(), 'paper-digest-cli-outside-'));
    writeFileSync(join(outside, 'elsewhere.md'), FIXABLE.replace(/2025-11-03/g, '2025-11-05'));
    const root = blog({ '2025-11-03-daily-papers.md': FIXABLE });
    mkdirSync(join(root, '_posts/drafts'));
    symlinkSync(
      join(root, '_posts/2025-11-03-daily-papers.md'),
      join(root, '_posts/drafts/2025-11-04-daily-papers.md'),
    );
    symlinkSync(join(outside, 'elsewhere.md'), join(root, '_posts/2025-11-05-daily-papers.md'));
    const { code, stdout, stderr } = run(['check', '--fix', '_posts'], root);
    assert.match(
      stdout,
      /_posts\/2025-11-05-daily-papers.md:\d+:\d+ warning paper-numbering/,
      'the link out of the folder is checked',
    );
    assert.equal(
      readFileSync(join(outside, 'elsewhere.md'), 'utf8'),
      FIXABLE.replace(/2025-11-03/g, '2025-11-05'),
      'and not rewritten',
    );
    assert.match(stderr, /2025-11-05-daily-papers.md links to a file outside the folder checked/);
    assert.match(
      readFileSync(join(root, '_posts/2025-11-03-daily-papers.md'), 'utf8'),
      /\n# 2\. /,
      'the post was fixed',
    );
    assert.ok(
      lstatSync(join(root, '_posts/drafts/2025-11-04-daily-papers.md')).isSymbolicLink(),
      'the link inside stays a link',
    );
    assert.equal(code, 3);
  });

  it('checks an explicitly named link to a file outside its folder, without rewriting it', () => {
    const outside = mkdtempSync(join(tmpdir(), 'paper-digest-cli-outside-'));
    writeFileSync(join(outside, 'elsewhere.md'), FIXABLE);
    const root = blog({});
    symlinkSync(join(outside, 'elsewhere.md'), join(root, '_posts/2025-11-03-daily-papers.md'));
    const { code, stdout } = run(['check', '--fix', '_posts/2025-11-03-daily-papers.md'], root);
    assert.match(stdout, /paper-numbering/);
    assert.equal(readFileSync(join(outside, 'elsewhere.md'), 'utf8'), FIXABLE);
    assert.equal(code, 3);
  });
});

describe('paper-digest render on a worker thread', () => {
  it('stops the render of a 2 MB table of 20,000 columns and says so, instead of dying', () => {
    const columns = Array.from({ length: 20_000 }, (_, i) => `c${i}`);
    const row = `|${columns.map(() => 'v').join('|')}|\n`;
    const table = `|${columns.join('|')}|\n|${columns.map(() => '---').join('|')}|\n${row.repeat(Math.floor(1_900_000 / row.length))}`;
    const root = blog({ '2025-10-31-daily-papers.md': `${EXAMPLE}\n${table}` });
    const { code, stderr } = run(['render', '--body', '_posts/2025-10-31-daily-papers.md'], root);
    assert.equal(code, 3);
    assert.match(
      stderr,
      /paper-digest: rendering _posts\/2025-10-31-daily-papers.md (took longer than 10 seconds|needed more than 256 MB of memory) and was stopped\./,
    );
  });

  it('renders with the renderer built for Node (dist/renderWorker.js), never the shared dist/render.js, and requires it: import() had Node scan a bundle first', () => {
    const root = blog({ '2025-10-31-daily-papers.md': EXAMPLE });
    // Under NODE_DEBUG, Node says each file it requires (module) and each it translates with its ESM loader (esm).
    const { code, stdout, stderr } = run(['render', '--out', '_site', '_posts'], root, { NODE_DEBUG: 'module,esm' });
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^1 of 1 posts rendered into _site/);
    assert.match(stderr, /load "\S*\/dist\/renderWorker\.js"/);
    assert.doesNotMatch(stderr, /\/dist\/(render|jobWorker)\.js/);
    assert.doesNotMatch(stderr, /Translating \w+ file:/);
  });

  it("keeps the render worker's compiled code for the next run, which writes the same page", () => {
    const root = blog({ '2025-10-31-daily-papers.md': EXAMPLE });
    const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'paper-digest-cache-')) };
    const page = (out: string) => readFileSync(join(root, out, '2025/10/31/daily-papers.html'), 'utf8');
    assert.equal(run(['render', '--out', 'first', '_posts'], root, env).code, 0);
    const [cached] = readdirSync(join(env.XDG_CACHE_HOME, 'paper-digest'));
    assert.match(cached, /^renderPages-\w+\.v8$/);
    const saved = statSync(join(env.XDG_CACHE_HOME, 'paper-digest', cached)).mtimeMs;
    assert.equal(run(['render', '--out', 'again', '_posts'], root, env).code, 0);
    assert.equal(page('again'), page('first'));
    assert.equal(statSync(join(env.XDG_CACHE_HOME, 'paper-digest', cached)).mtimeMs, saved, 'used, not written again');
  });
});
