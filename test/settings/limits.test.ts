import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LIMITS } from '../../server/src/settings/limits';
import { resolveSettings } from '../../server/src/settings/settings';

describe('paperDigest.limits', () => {
  it('defaults when unset or not numbers', () => {
    assert.deepEqual(resolveSettings(undefined).limits, DEFAULT_LIMITS);
    assert.deepEqual(
      resolveSettings({ limits: { checkTimeoutMs: '3000', workerMemoryMb: null } }).limits,
      DEFAULT_LIMITS,
    );
    assert.deepEqual(resolveSettings({ limits: 7 }).limits, DEFAULT_LIMITS);
  });

  it('takes numbers, clamped to a range where the server still works', () => {
    assert.deepEqual(
      resolveSettings({ limits: { checkTimeoutMs: 2000, renderTimeoutMs: 30_000, workerMemoryMb: 512 } }).limits,
      { checkTimeoutMs: 2000, renderTimeoutMs: 30_000, workerMemoryMb: 512 },
    );
    assert.deepEqual(
      resolveSettings({ limits: { checkTimeoutMs: 1, renderTimeoutMs: 1e9, workerMemoryMb: -5 } }).limits,
      { checkTimeoutMs: 500, renderTimeoutMs: 120_000, workerMemoryMb: 64 },
    );
  });
});
