// Jobs in this thread under Node's `vm` deadline (the CLI's single-file check): a job that never ends is stopped at
// its deadline and the thread carries on; one that throws fails; the others give their value.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InThreadJobs } from '../../server/src/jobs/inThread';
import { withinVmDeadline } from '../../server/src/jobs/vmDeadline';

const jobs = new InThreadJobs(
  {
    double: (input: number) => input * 2,
    spin: (_: null) => {
      for (;;);
    },
    fail: (message: string) => {
      throw new Error(message);
    },
  },
  withinVmDeadline,
);

describe('InThreadJobs within a vm deadline', () => {
  it('stops a job that never ends at its deadline, as a worker would be stopped, and runs the next one', async () => {
    const started = performance.now();
    assert.deepEqual(await jobs.run('spin', null, { deadlineMs: 200 }), { status: 'timedOut' });
    const elapsed = performance.now() - started;
    assert.ok(elapsed >= 190 && elapsed < 5000, `stopped after ${elapsed.toFixed(0)} ms`);
    assert.deepEqual(await jobs.run('double', 21, { deadlineMs: 200 }), { status: 'done', value: 42 });
  });

  it('reports what a job throws, and the value of one that ends in time', async () => {
    assert.deepEqual(await jobs.run('fail', '논문 없음', { deadlineMs: 1000 }), {
      status: 'failed',
      message: '논문 없음',
    });
    assert.deepEqual(await jobs.run('double', 4, { deadlineMs: 1000 }), { status: 'done', value: 8 });
  });
});
