import type { PostSummary } from '../core/postSummary';
import { readRegularFileSync } from './regularFiles';
import { summarizeText, type SummaryRequest } from './summarizeFile';

/**
 * Reads a file from the disk and summarizes it, synchronously: for the worker thread, where nothing else waits and
 * one read call costs a fraction of the thread-pool round trips of an asynchronous read, and for the CLI.
 */
export function summarizeFileSync(request: SummaryRequest): PostSummary | undefined {
  const bytes = readRegularFileSync(request.path);
  return bytes && summarizeText(bytes.toString('utf8'), request);
}
