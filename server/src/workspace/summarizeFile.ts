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

export function summarizeText(text: string, { path, relativePath, settings }: SummaryRequest): PostSummary | undefined {
  if (text.length > settings.maxLength) return undefined;
  return summarizePostFile(text, {
    schema: settings.schema,
    globs: settings.files,
    relativePath,
    fileName: basename(path),
  });
}
