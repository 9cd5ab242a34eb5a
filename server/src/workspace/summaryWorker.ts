// Entry of the worker thread that reads and summarizes posts for the workspace index (bundled as dist/summaryWorker.js).
import { parentPort } from 'node:worker_threads';
import type { PostSummary } from '../core/postSummary';
import { summarizeFile, type SummaryRequest } from './summarizeFile';

export interface WorkerRequest extends SummaryRequest {
  id: number;
}

export interface WorkerResponse {
  id: number;
  summary?: PostSummary;
  error?: string;
}

parentPort?.on('message', (request: WorkerRequest) => {
  const answer = (response: Omit<WorkerResponse, 'id'>) => parentPort?.postMessage({ id: request.id, ...response });
  summarizeFile(request).then(
    (summary) => answer({ summary }),
    (error: unknown) => answer({ error: error instanceof Error ? error.message : String(error) }),
  );
});
