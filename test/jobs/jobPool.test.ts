import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { JobPool, type JobOutcome, type PoolWorker } from '../../server/src/jobs/jobPool';

type Jobs = { never: (input: null) => never };

/** A pool of one worker that is ready at once and never answers; its thread's wait for a CPU is what `waited` says. */
function poolOf(worker: Partial<PoolWorker>): JobPool<Jobs> {
  return new JobPool<Jobs>({
    size: 1,
    memoryMb: 64,
    idleMs: 60_000,
    ownTimeDeadlines: true,
    start: (events) => {
      queueMicrotask(() => events.message({ ready: true }));
      return { postMessage: () => undefined, terminate: () => undefined, ...worker };
    },
  });
}

/** The job's outcome so far: undefined while it runs. */
function watch(outcome: Promise<JobOutcome<unknown>>): () => JobOutcome<unknown> | undefined {
  let settled: JobOutcome<unknown> | undefined;
  void outcome.then((value) => (settled = value));
  return () => settled;
}

/** Lets the pool's promise callbacks run between the ticks of the clock. */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('JobPool deadlines', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'] }));
  afterEach(() => mock.timers.reset());

  it('leave out the time the worker waited for a CPU, where the platform tells it', async () => {
    let waited = 100;
    const pool = poolOf({ waitedForCpuMs: () => waited });
    const outcome = watch(pool.run('never', null, { deadlineMs: 1000 }));
    await flush();
    waited += 400;
    mock.timers.tick(1000);
    await flush();
    assert.equal(outcome(), undefined, 'it waited 400 ms of its 1000 for a CPU: 400 ms are left');
    mock.timers.tick(399);
    await flush();
    assert.equal(outcome(), undefined);
    mock.timers.tick(1);
    await flush();
    assert.deepEqual(outcome(), { status: 'timedOut' });
  });

  it('count the wall clock where the platform does not tell', async () => {
    const pool = poolOf({});
    const outcome = watch(pool.run('never', null, { deadlineMs: 1000 }));
    await flush();
    mock.timers.tick(999);
    await flush();
    assert.equal(outcome(), undefined);
    mock.timers.tick(1);
    await flush();
    assert.deepEqual(outcome(), { status: 'timedOut' });
  });
});
