import type { PostSummary } from '../core/postSummary';
import { readBoundedFileSync } from './regularFiles';
import { summarizeText, type SummaryRequest } from './summarizeFile';

/**
 * Reads a file from the disk and summarizes it, synchronously: for the worker thread, where nothing else waits and
 * one read call costs a fraction of the thread-pool round trips of an asynchronous read, and for the CLI.
 */
export function summarizeFileSync(request: SummaryRequest): PostSummary | undefined {
  return summarizeText(readBoundedFileSync(request.path).toString('utf8'), request);
}
