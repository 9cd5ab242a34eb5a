import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import type { FileSystem } from '../../server/src/core/fileSystem';
import type { JobOutcome } from '../../server/src/jobs/jobPool';
import { WorkerPool, type PoolOptions } from '../../server/src/jobs/workerPool';
import type { TestJobs } from './testWorker';
import { lowered, threadNiceness } from './threadNiceness';

// Worker threads load bundled JavaScript, as the server's do (scripts/build.mjs).
const folder = mkdtempSync(join(tmpdir(), 'paper-digest-pool-'));
const SCRIPT = join(folder, 'testWorker.js');
buildSync({
  entryPoints: [join(__dirname, 'testWorker.ts')],
  outfile: SCRIPT,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  logLevel: 'warning',
});

const pools: WorkerPool<TestJobs>[] = [];
after(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
  rmSync(folder, { recursive: true, force: true });
});

function pool(options: Partial<PoolOptions> = {}): WorkerPool<TestJobs> {
  const created = new WorkerPool<TestJobs>({ script: SCRIPT, size: 2, memoryMb: 64, idleMs: 10_000, ...options });
  pools.push(created);
  return created;
}

const SECOND = { deadlineMs: 10_000 };

function value<T>(outcome: JobOutcome<T>): T {
  assert.equal(outcome.status, 'done', JSON.stringify(outcome));
  return (outcome as { value: T }).value;
}

describe('WorkerPool', () => {
  it('runs jobs on at most `size` workers and answers each with its own value', async () => {
    const jobs = pool({ size: 2 });
    const answers = await Promise.all(['가', '나', '다', '라', '마'].map((input) => jobs.run('echo', input, SECOND)));
    assert.deepEqual(
      answers.map((answer) => value(answer).input),
      ['가', '나', '다', '라', '마'],
    );
    assert.ok(new Set(answers.map((answer) => value(answer).threadId)).size <= 2);
  });

  it('starts a further worker only while more than `waitingJobsPerWorker` jobs wait for each one at work', async () => {
    const threads = async (count: number) => {
      const jobs = pool({ size: 2, waitingJobsPerWorker: 3 });
      const answers = await Promise.all(Array.from({ length: count }, (_, i) => jobs.run('echo', `논문 ${i}`, SECOND)));
      return new Set(answers.map((answer) => value(answer).threadId)).size;
    };
    assert.equal(await threads(4), 1, 'three jobs waiting behind the first: one worker');
    assert.equal(await threads(5), 2, 'four waiting: a second worker');
  });

  it('gives the jobs waiting behind one that runs long another worker, however few they are', async () => {
    const jobs = pool({ size: 2, waitingJobsPerWorker: 100, demoteAfterMs: 100 });
    const order: string[] = [];
    // The long job never ends by itself: the next one is answered while it runs, or only once it is abandoned.
    const long = jobs.run('spin', null, { deadlineMs: 60_000 }).then((outcome) => order.push(outcome.status));
    await jobs.run('echo', 'next', SECOND).then(() => order.push('next'));
    await jobs.close();
    await long;
    assert.deepEqual(order, ['next', 'cancelled']);
  });

  it('keeps a worker warm beside a job that runs long, for the job that follows its deadline', async () => {
    // A spare starts once the job outlasts demoteAfterMs, and would retire after idleMs: kept, it serves the next job.
    const jobs = pool({ size: 2, waitingJobsPerWorker: 100, demoteAfterMs: 100, idleMs: 100 });
    assert.deepEqual(await jobs.run('spin', null, { deadlineMs: 1000 }), { status: 'timedOut' });
    // Thread ids count up as threads are made: one made now is later than any the pool made before the deadline. The
    // next job is asked for in the same turn, before the spare's idle time could run out.
    const marker = new Worker('', { eval: true });
    const abandoned = marker.threadId;
    const next = jobs.run('echo', 'next', SECOND);
    await marker.terminate();
    assert.ok(
      value(await next).threadId < abandoned,
      'the next job ran on a worker made before the deadline, not one made after',
    );
  });

  it('reports a job that throws as failed, and its worker carries on', async () => {
    const jobs = pool({ size: 1 });
    const before = value(await jobs.run('echo', 'a', SECOND)).threadId;
    assert.deepEqual(await jobs.run('fail', '형식이 잘못되었다', SECOND), {
      status: 'failed',
      message: '형식이 잘못되었다',
    });
    assert.equal(value(await jobs.run('echo', 'b', SECOND)).threadId, before);
  });

  it('abandons a job over its deadline, stops its worker and runs the next job on a fresh one', async () => {
    const jobs = pool({ size: 1 });
    const before = value(await jobs.run('echo', 'warm', SECOND)).threadId;
    const [spun, next] = await Promise.all([
      jobs.run('spin', null, { deadlineMs: 300 }),
      jobs.run('echo', 'next', SECOND),
    ]);
    assert.deepEqual(spun, { status: 'timedOut' });
    assert.notEqual(value(next).threadId, before);
  });

  it('counts a deadline from when the worker is ready, not from its start', async () => {
    const jobs = pool({ size: 1 });
    assert.equal(value(await jobs.run('sleep', 20, { deadlineMs: 200 })) > 0, true);
  });

  it('reports a worker out of heap like a deadline, and replaces it', async () => {
    const jobs = pool({ size: 1, memoryMb: 16 });
    assert.deepEqual(await jobs.run('eatMemory', null, { deadlineMs: 60_000 }), { status: 'outOfMemory' });
    assert.equal(value(await jobs.run('echo', 'after', SECOND)).input, 'after');
  });

  it('reports a worker that exits as crashed, and replaces it', async () => {
    const jobs = pool({ size: 1 });
    const outcome = await jobs.run('exit', 3, SECOND);
    assert.equal(outcome.status, 'crashed');
    assert.equal(value(await jobs.run('echo', 'after', SECOND)).input, 'after');
  });

  it('reports a worker script that cannot start as crashed for each job, never waiting', async () => {
    const broken = join(folder, 'broken.js');
    writeFileSync(broken, 'throw new Error("no worker here");');
    const jobs = pool({ script: broken });
    for (const input of ['a', 'b']) {
      const outcome = await jobs.run('echo', input, SECOND);
      assert.equal(outcome.status, 'crashed');
      assert.match((outcome as { message: string }).message, /no worker here/);
    }
  });

  it('runs one job per key at a time; a newer job cancels the older ones still waiting', async () => {
    const jobs = pool({ size: 2 });
    // v1 ends only at its deadline, long after the other key's job, unless that one waited for it.
    const running = jobs.run('spin', null, { deadlineMs: 3000, key: 'post.md' });
    const waiting = jobs.run('sleep', 1, { ...SECOND, key: 'post.md' });
    const newest = jobs.run('echo', 'v3', { ...SECOND, key: 'post.md' });
    const other = jobs.run('echo', 'other', { ...SECOND, key: 'other.md' });
    const order: string[] = [];
    await Promise.all([
      running.then(() => order.push('v1')),
      waiting.then((outcome) => assert.deepEqual(outcome, { status: 'cancelled' })),
      newest.then(() => order.push('v3')),
      other.then(() => order.push('other')),
    ]);
    assert.deepEqual(order, ['other', 'v1', 'v3'], 'another key ran beside v1; v3 waited for v1');
  });

  it('retires an idle worker and starts another for the next job', async () => {
    const jobs = pool({ size: 1, idleMs: 100 });
    const first = value(await jobs.run('echo', 'a', SECOND)).threadId;
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.notEqual(value(await jobs.run('echo', 'b', SECOND)).threadId, first);
  });

  it(
    'lowers the thread of a job that runs long 10 steps below its own, and replaces its worker after the job (Linux)',
    { skip: process.platform !== 'linux' && 'threads share a priority elsewhere' },
    async () => {
      const jobs = pool({ size: 1, demoteAfterMs: 100 });
      const first = value(await jobs.run('echo', 'short', SECOND)).threadId;
      assert.equal(
        value(await jobs.run('echo', 'short again', SECOND)).threadId,
        first,
        'a short job keeps its worker',
      );
      let ended = false;
      const long = jobs.run('sleep', 1500, SECOND).finally(() => (ended = true));
      // Looked at until the job ends: the thread is lowered once the job outlasts demoteAfterMs, while it runs.
      while (!ended && !threadNiceness().includes(lowered(10))) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.ok(!ended, `no thread at ${lowered(10)} while the job ran: ${threadNiceness()}`);
      assert.equal(value(await long), first);
      assert.notEqual(value(await jobs.run('echo', 'next', SECOND)).threadId, first, 'the lowered worker was replaced');
    },
  );

  it('notifies running workers between jobs, and starts none for it', async () => {
    const jobs = pool({ size: 1 });
    jobs.notify('note', null);
    assert.equal(value(await jobs.run('notes', null, SECOND)), 0, 'no worker ran when notified');
    jobs.notify('note', null);
    jobs.notify('note', null);
    assert.equal(value(await jobs.run('notes', null, SECOND)), 2);
  });

  it("answers a worker's reads with its own file system (a worker that cannot read the workspace itself)", async () => {
    const config = new TextEncoder().encode('title: 논문 다이제스트\n');
    const virtual: FileSystem = {
      stat: async (path) =>
        path === '/blog/_config.yml' ? { kind: 'file', size: config.length, mtimeMs: 1 } : undefined,
      readFile: async (path) => (path === '/blog/_config.yml' ? config : undefined),
      readDirectory: async (path) => (path === '/blog' ? [['_config.yml', 'file']] : []),
      realPath: async (path) => path,
    };
    const jobs = pool({ size: 1, files: virtual });
    assert.deepEqual(value(await jobs.run('relayedRead', '/blog/_config.yml', SECOND)), {
      stat: { kind: 'file', size: config.length, mtimeMs: 1 },
      text: 'title: 논문 다이제스트\n',
      entries: [],
    });
    assert.deepEqual(value(await jobs.run('relayedRead', '/blog', SECOND)).entries, [['_config.yml', 'file']]);
  });

  it('fails a job whose worker asks for a read of a pool that reads no files', async () => {
    const outcome = await pool({ size: 1 }).run('relayedRead', '/blog/_config.yml', SECOND);
    assert.deepEqual(outcome, { status: 'failed', message: 'this pool reads no files for its workers' });
  });

  it('cancels waiting and running jobs when closed', async () => {
    const jobs = pool({ size: 1 });
    const outcomes = Promise.all([jobs.run('spin', null, SECOND), jobs.run('echo', 'never', SECOND)]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await jobs.close();
    assert.deepEqual(await outcomes, [{ status: 'cancelled' }, { status: 'cancelled' }]);
  });
});
