import { numberIn, objectAt } from './sectionValues';

/** `paperDigest.limits.*`: how long a check or a render may take, and how much memory, before it is abandoned. */
export interface Limits {
  checkTimeoutMs: number;
  renderTimeoutMs: number;
  /** The heap cap of each worker thread that checks or renders. */
  workerMemoryMb: number;
}

/**
 * The largest real digest post (40 kB) checks in about 0.1 s and renders in 0.3 s; a post of a million characters
 * checks in about 5 s of CPU and 200 MB of heap. Markup repeated thousands of times takes minutes and gigabytes.
 */
export const DEFAULT_LIMITS: Limits = { checkTimeoutMs: 5000, renderTimeoutMs: 10_000, workerMemoryMb: 256 };

const RANGES: Record<keyof Limits, { min: number; max: number }> = {
  checkTimeoutMs: { min: 500, max: 120_000 },
  renderTimeoutMs: { min: 500, max: 120_000 },
  workerMemoryMb: { min: 64, max: 4096 },
};

export function resolveLimits(section: Record<string, unknown>): Limits {
  const limits = objectAt(section, 'limits');
  return {
    checkTimeoutMs: numberIn(limits.checkTimeoutMs, DEFAULT_LIMITS.checkTimeoutMs, RANGES.checkTimeoutMs),
    renderTimeoutMs: numberIn(limits.renderTimeoutMs, DEFAULT_LIMITS.renderTimeoutMs, RANGES.renderTimeoutMs),
    workerMemoryMb: numberIn(limits.workerMemoryMb, DEFAULT_LIMITS.workerMemoryMb, RANGES.workerMemoryMb),
  };
}
