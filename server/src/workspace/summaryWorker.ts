// Entry of the worker thread that reads and summarizes posts for the workspace index (bundled as dist/summaryWorker.js).
import { getPriority, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { PostSummary } from '../core/postSummary';
import type { SummaryRequest } from './summarizeFile';
import { summarizeFileSync } from './summarizeFileSync';

export interface WorkerRequest extends SummaryRequest {
  id: number;
}

export interface WorkerResponse {
  id: number;
  summary?: PostSummary;
  error?: string;
}

/** This thread's niceness: when both want the CPU, the language server's thread (at 0) gets nine tenths of it. */
const NICENESS = 10;

/** Linux gives each thread its own priority; elsewhere this would lower the whole server's, so it is left alone. */
function yieldToTheServer(): void {
  if (process.platform !== 'linux' || getPriority() >= NICENESS) return;
  try {
    setPriority(NICENESS);
  } catch {
    // A sandbox may refuse it; the worker then runs at the server's priority, which is only less kind to typing.
  }
}

yieldToTheServer();

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, summary: summarizeFileSync(request) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
