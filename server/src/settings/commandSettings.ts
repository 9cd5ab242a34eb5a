import { DEFAULT_POST_TEMPLATE } from '../core/authoring/newPost';

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
  const timeout = typeof arxiv.timeoutMs === 'number' && Number.isFinite(arxiv.timeoutMs) ? arxiv.timeoutMs : DEFAULT_ARXIV_TIMEOUT_MS;
  return {
    newPostPath: nonEmptyString(newPost.path),
    newPostTemplate: nonEmptyString(newPost.template) ?? DEFAULT_POST_TEMPLATE,
    arxivApiUrl: nonEmptyString(arxiv.apiUrl) ?? DEFAULT_ARXIV_API_URL,
    arxivTimeoutMs: Math.min(TIMEOUT_RANGE.max, Math.max(TIMEOUT_RANGE.min, timeout)),
  };
}

function objectAt(section: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = section[key];
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}
