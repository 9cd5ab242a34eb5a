// How many workers the server keeps for what, and for how long: the same on the desktop (worker threads) and in the
// browser (Web Workers).
import { SITE_MEMORY_MB } from './previewSites';

export interface PoolShape {
  size: number;
  idleMs: number;
  /** How many steps of niceness below the server's thread the worker's runs (Linux; the browser has none). */
  lowerPriorityBy?: number;
  /** A job (with no input) the worker runs before it is ready. */
  warmUp?: string;
  /** A job running longer is lowered, where the platform can (Linux threads). */
  demoteAfterMs?: number;
  /** The worker's reads of the workspace are made by the server's thread. */
  relayFiles?: boolean;
  /** Its checks' deadlines leave out the time the thread waited for a CPU (see JobPoolOptions). */
  ownTimeDeadlines?: boolean;
  /** The worker's heap cap is never below this (paperDigest.limits.workerMemoryMb otherwise). */
  minMemoryMb?: number;
  /** Its workers' young generation, in MB, where it differs from SERVER_YOUNG_GENERATION_MB (see PoolOptions). */
  youngGenerationMb?: number;
  /** The use under which its workers keep V8's compiled code for the renderer (the desktop's, given a folder for it). */
  keepsCode?: string;
}

/** The heap cap of a pool's workers, given paperDigest.limits.workerMemoryMb. */
export function poolMemoryMb(shape: PoolShape, workerMemoryMb: number): number {
  return Math.max(shape.minMemoryMb ?? 0, workerMemoryMb);
}

/**
 * Two for the posts open in the editor: a post over its deadline never holds up another. They stay a minute after
 * their last job, so that typing after a pause does not wait for a worker to start. A long job is not lowered: its
 * deadline counts the CPU its thread gets, and lowered on a busy machine it would get so little that the author
 * would wait minutes for the verdict `check` gives in seconds.
 */
export const ANALYSIS: PoolShape = { size: 2, idleMs: 60_000, ownTimeDeadlines: true };
/**
 * One for the workspace index and the closed posts' checks, at a lower priority than the server's thread, gone after
 * 5 s without work: indexing comes in bursts (a session's start, a change of settings). Its young generation holds a
 * post's parse: with 8 MB, the nodes of each post outlived it and were promoted, and a 1,000-post blog's first session
 * took 28.6 s of the server's CPU, half of it V8's collector on its own threads (12 s of the worker's JS); with 32 MB,
 * 13 to 18 s, for 20 MB more at the peak (217 MB against 196 MB). 16 and 24 MB saved little.
 */
export const INDEX: PoolShape = {
  size: 1,
  idleMs: 5000,
  lowerPriorityBy: 10,
  ownTimeDeadlines: true,
  youngGenerationMb: 32,
};
/** One for the preview, kept while it is in use: its renderer caches each site's layouts and compiled styles. */
export const RENDER: PoolShape = { size: 1, idleMs: 10 * 60_000, warmUp: 'loadRenderer', keepsCode: 'render' };
/**
 * The same for the posts whose site only the server's thread can read (through the client): a virtual folder's on the
 * desktop, every post in the browser.
 */
export const RENDER_RELAYED: PoolShape = { ...RENDER, relayFiles: true };
/**
 * One for the site's work for the preview (reading a site, building its Sass): apart from the posts' renders, so that
 * neither bounds the other, with a heap for Sass. It stays two minutes: a style file saved again is built on it.
 */
export const SITE: PoolShape = {
  size: 1,
  idleMs: 2 * 60_000,
  warmUp: 'loadRenderer',
  minMemoryMb: SITE_MEMORY_MB,
  keepsCode: 'site',
};
export const SITE_RELAYED: PoolShape = { ...SITE, relayFiles: true };
