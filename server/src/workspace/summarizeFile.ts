import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { summarizePostFile, type PostSummary } from '../core/postSummary';
import type { DigestSchema } from '../core/schema';

/** The settings that decide, per workspace folder, which files are digests and how they read. */
export interface FolderSettings {
  files: string[];
  schema: DigestSchema;
  /** Longer posts are not indexed (as they are not checked past their front matter). */
  maxLength: number;
}

/** One file to summarize: plain data, so that it can cross to a worker thread. */
export interface SummaryRequest {
  path: string;
  /** The path relative to its workspace folder, `/`-separated. */
  relativePath: string;
  settings: FolderSettings;
}

/** Reads a file and summarizes it; undefined when it is no digest or too long. */
export async function summarizeFile(request: SummaryRequest): Promise<PostSummary | undefined> {
  return summarizeText(await readFile(request.path, 'utf8'), request);
}

/**
 * The same with a synchronous read, for the worker thread: nothing else waits there, and one read call costs a
 * fraction of the thread-pool round trips of an asynchronous read.
 */
export function summarizeFileSync(request: SummaryRequest): PostSummary | undefined {
  return summarizeText(readFileSync(request.path, 'utf8'), request);
}

function summarizeText(text: string, { path, relativePath, settings }: SummaryRequest): PostSummary | undefined {
  if (text.length > settings.maxLength) return undefined;
  return summarizePostFile(text, { schema: settings.schema, globs: settings.files, relativePath, fileName: basename(path) });
}
