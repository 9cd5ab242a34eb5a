import { DEFAULT_POST_TEMPLATE } from '../core/authoring/newPost';
import { numberIn, objectAt } from './sectionValues';

/** The `paperDigest.newPost.*` and `paperDigest.arxiv.*` settings. */
export interface CommandSettings {
  /** Unset: New Digest Post names the file like the workspace's posts. */
  newPostPath?: string;
  newPostTemplate: string;
  arxivApiUrl: string;
  arxivTimeoutMs: number;
}

export const DEFAULT_ARXIV_API_URL = 'https://export.arxiv.org/api/query';
export const DEFAULT_ARXIV_TIMEOUT_MS = 10_000;
const TIMEOUT_RANGE = { min: 1_000, max: 120_000 };

export function resolveCommandSettings(section: Record<string, unknown>): CommandSettings {
  const newPost = objectAt(section, 'newPost');
  const arxiv = objectAt(section, 'arxiv');
  return {
    newPostPath: nonEmptyString(newPost.path),
    newPostTemplate: nonEmptyString(newPost.template) ?? DEFAULT_POST_TEMPLATE,
    arxivApiUrl: nonEmptyString(arxiv.apiUrl) ?? DEFAULT_ARXIV_API_URL,
    arxivTimeoutMs: numberIn(arxiv.timeoutMs, DEFAULT_ARXIV_TIMEOUT_MS, TIMEOUT_RANGE),
  };
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}
