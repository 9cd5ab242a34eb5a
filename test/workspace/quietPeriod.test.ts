import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QuietPeriod } from '../../server/src/workspace/quietPeriod';

/** Whether the promise has settled, once the callbacks already due have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
}

describe('QuietPeriod', () => {
  it('is quiet before any activity', async () => {
    assert.equal(await settled(new QuietPeriod(200).whenQuiet()), true);
  });

  it('waits until the quiet time has passed since the last activity, however often activity comes', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout', 'Date'] });
    const quiet = new QuietPeriod(200);
    quiet.noteActivity();
    const first = quiet.whenQuiet();
    const second = quiet.whenQuiet();
    t.mock.timers.tick(150);
    quiet.noteActivity();
    t.mock.timers.tick(100);
    assert.equal(await settled(first), false, '100 ms after the second keystroke');
    t.mock.timers.tick(99);
    assert.equal(await settled(first), false, '199 ms after it');
    t.mock.timers.tick(1);
    assert.equal(await settled(first), true, '200 ms after it');
    assert.equal(await settled(second), true);
  });

  it('is quiet again at once after the quiet time, without waiting for a timer', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout', 'Date'] });
    const quiet = new QuietPeriod(200);
    quiet.noteActivity();
    t.mock.timers.tick(200);
    assert.equal(await settled(quiet.whenQuiet()), true);
  });
});
